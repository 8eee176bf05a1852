#pragma once

#include "execution/Engine.h"
#include "runbook/Runbook.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rollcage::gui {

// Asked once when an incident is declared: title, service, environment, the procedure
// and the values of the runbook's placeholders. Values are remembered per runbook and
// environment — secrets never: they come from the keychain when a step needs them.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewIncidentDialog(const runbook::Runbook &runbook, QWidget *parent = nullptr);

    QString procedure() const;
    execution::DeclareOptions options() const;
    void setVariable(const QString &name, const QString &value);
    void rememberValues() const;

private:
    void rebuildVariables();
    QString settingsGroup() const;

    runbook::Runbook m_runbook;
    QLineEdit *m_title;
    QLineEdit *m_service;
    QComboBox *m_environment;
    QComboBox *m_procedure;
    QLabel *m_procedureFacts;
    QFormLayout *m_variablesForm;
    QWidget *m_variablesBox;
    QHash<QString, QLineEdit *> m_fields;
};

} // namespace rollcage::gui
