#pragma once

#include "execution/DeclarationValues.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace rollcage::gui {

// One field per value an incident needs (execution::neededValues): the steps' values
// first, marked as needed and saying which steps use them, then those only messages use.
// Which are missing is the core's answer (execution::missingValues), shown under the
// fields as the operator types.
class ValuesForm : public QWidget
{
    Q_OBJECT
public:
    explicit ValuesForm(QWidget *parent = nullptr);

    // Rebuilds the fields; what was typed in a field of the same name is kept, else
    // `values` fills it.
    void setNeeded(const QList<execution::NeededValue> &needed, const QStringList &secrets,
                   const QHash<QString, QString> &values);
    QHash<QString, QString> values() const; // trimmed; blank fields left out
    void setValue(const QString &name, const QString &value);
    QList<execution::NeededValue> missing() const;
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QList<QLineEdit *> fieldsInOrder() const;
    // Focuses the first field still missing (else the first field); false when none.
    bool focusFirstMissing();
    bool isEmpty() const { return m_needed.isEmpty(); }
    // Whether the line under the fields lists what is still missing (on by default).
    void setShowMissing(bool show);

Q_SIGNALS:
    void changed();

private:
    void updateMissing();

    QFormLayout *m_form;
    QLabel *m_missing;
    QList<execution::NeededValue> m_needed;
    QHash<QString, QLineEdit *> m_fields;
    bool m_showMissing = true;
};

} // namespace rollcage::gui
