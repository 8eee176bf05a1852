#pragma once

#include "execution/Engine.h"
#include "runbook/Runbook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rollcage::gui {

class ValuesForm;

// Asked once when an incident is declared: title, service, environment, the procedure
// and the values its steps and the runbook's messages use. Declaring is refused while a
// value a step needs is empty (the dialog names which). Values are remembered per
// runbook and environment — secrets never: they come from the keychain when needed.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewIncidentDialog(const runbook::Runbook &runbook, QWidget *parent = nullptr);

    QString procedure() const;
    void setProcedure(int index);
    execution::DeclareOptions options() const;
    void setVariable(const QString &name, const QString &value);
    void rememberValues() const;
    ValuesForm *valuesForm() const { return m_values; }
    // The name the user's events go under: asked here while none was chosen (the OS
    // user's full name offered), kept in the settings on accept; null once chosen.
    QLineEdit *operatorField() const { return m_operator; }
    QString message() const;

public Q_SLOTS:
    // Refused, saying what is missing, while a value a step needs is empty.
    void accept() override;

private:
    void rebuildValues();
    void updateTabOrder();
    void sayMissing();
    void growToFit();
    QString settingsGroup() const;

    runbook::Runbook m_runbook;
    QLineEdit *m_title;
    QLineEdit *m_service;
    QComboBox *m_environment;
    QComboBox *m_procedure;
    QLabel *m_procedureFacts;
    QLineEdit *m_directory;
    QLineEdit *m_operator = nullptr;
    ValuesForm *m_values;
    QLabel *m_message;
    QPushButton *m_declare;
    QPushButton *m_cancel;
    bool m_preflightSaid = false; // the pre-flight's problems were shown once
    bool m_refused = false; // declaring was refused once: say what is missing as it changes
};

} // namespace rollcage::gui
