#pragma once

#include "incident/IncidentState.h"
#include "runbook/Runbook.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

class ValuesForm;

// The incident's values, editable after it was declared: what changed is journalled
// through the engine (Engine::setVariable) when the operator saves, so the next step —
// and a resumed incident — use the new value.
class ValuesDialog : public QDialog
{
    Q_OBJECT
public:
    ValuesDialog(const runbook::Runbook &runbook, execution::Engine *engine, QWidget *parent = nullptr);

    ValuesForm *form() const { return m_form; }
    QString message() const;
    // "LAG=4200  REGION=eu-west" and where the last step ended; for the dialog.
    static QString describeSession(const incident::IncidentState &state);

public Q_SLOTS:
    // Journals every changed value; stays open, saying why, when the journal refuses one.
    void accept() override;

Q_SIGNALS:
    void valuesChanged(const QStringList &names);

private:
    execution::Engine *m_engine;
    ValuesForm *m_form;
    QLabel *m_message;
    QLineEdit *m_directory = nullptr;
};

} // namespace rollcage::gui
