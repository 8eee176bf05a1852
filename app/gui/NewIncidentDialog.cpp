#include "gui/NewIncidentDialog.h"

#include "core/OperatorName.h"
#include "core/SettingsKeys.h"
#include "execution/DeclarationValues.h"
#include "execution/Engine.h"
#include "execution/Preflight.h"
#include "gui/DirectoryRow.h"
#include "gui/DisplayText.h"
#include "gui/Feedback.h"
#include "gui/ValuesForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace rollcage::gui {

NewIncidentDialog::NewIncidentDialog(const runbook::Runbook &runbook, QWidget *parent)
    : QDialog(parent)
    , m_runbook(runbook)
    , m_title(new QLineEdit(this))
    , m_service(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_procedure(new QComboBox(this))
    , m_procedureFacts(new QLabel(this))
    , m_directory(new QLineEdit(this))
    , m_values(new ValuesForm(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("New incident"));
    // Wide enough that a runbook title, a path value or a procedure name is read whole.
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    // The dialog grows with what it says (another procedure's facts, a refusal): nothing
    // is clipped.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setText(plainInline(runbook.title));
    m_service->setObjectName(QStringLiteral("incidentService"));
    m_service->setText(execution::slug(runbook.title));
    m_environment->setObjectName(QStringLiteral("incidentEnvironment"));
    m_environment->setEditable(true);
    m_environment->addItems({QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")});
    m_procedure->setObjectName(QStringLiteral("incidentProcedure"));
    m_procedure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const runbook::Procedure &p : runbook.procedures)
        m_procedure->addItem(plainInline(p.title));
    m_procedureFacts->setWordWrap(true);
    m_procedureFacts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_procedureFacts->setMinimumWidth(440);
    m_procedureFacts->setObjectName(QStringLiteral("procedureFacts"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Procedure:"), m_procedure);
    form->addRow(QString(), m_procedureFacts);
    // Where the steps run: `./scripts/rollback.sh` resolves as the runbook's author meant.
    m_directory->setObjectName(QStringLiteral("incidentDirectory"));
    m_directory->setText(execution::defaultWorkingDirectory(runbook.source));
    m_directory->setToolTip(tr("The folder the steps start in. By default the root of the "
                               "runbook's repository, else its folder."));
    // Below the values, as the Tab order goes: the values are what most declarations need.
    auto *directoryForm = new QFormLayout;
    directoryForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    QToolButton *choose = addDirectoryRow(directoryForm, tr("Steps run &in:"), m_directory,
                                          tr("Folder the steps run in"));
    choose->setObjectName(QStringLiteral("chooseDirectory"));
    if (!operators::operatorNameChosen()) {
        // Asked once, here where it first matters: every event carries it, and a team
        // sees it in the presence list.
        m_operator = new QLineEdit(operators::osFullName(), this);
        m_operator->setObjectName(QStringLiteral("operatorName"));
        m_operator->setToolTip(tr("Recorded on every event you make and shown to the others "
                                  "on a shared incident. Asked once; change it under "
                                  "Tools → Your Name…"));
        directoryForm->addRow(tr("Your &name:"), m_operator);
    }
    layout->addLayout(form);
    auto *valuesBox = new QGroupBox(tr("Values (* needed before declaring)"), this);
    auto *valuesLayout = new QVBoxLayout(valuesBox);
    valuesLayout->addWidget(m_values);
    layout->addWidget(valuesBox);
    layout->addLayout(directoryForm);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_declare = buttons->button(QDialogButtonBox::Ok);
    m_declare->setText(tr("&Declare incident"));
    m_declare->setObjectName(QStringLiteral("declareButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::rebuildValues);
    connect(m_environment, &QComboBox::currentTextChanged, this, &NewIncidentDialog::rebuildValues);
    // After a refusal the message follows the typing: what is still missing, then nothing.
    connect(m_values, &ValuesForm::changed, this, [this] {
        if (m_refused)
            sayMissing();
    });
    rebuildValues();
    m_title->setFocus();
}

QString NewIncidentDialog::procedure() const
{
    const int index = m_procedure->currentIndex();
    return index >= 0 && index < m_runbook.procedures.size() ? m_runbook.procedures.at(index).title
                                                              : QString();
}

void NewIncidentDialog::setProcedure(int index) { m_procedure->setCurrentIndex(index); }

QString NewIncidentDialog::settingsGroup() const
{
    return settings::declarationValuesGroup(m_runbook.source, m_environment->currentText());
}

void NewIncidentDialog::rebuildValues()
{
    // Another procedure: its own pre-flight, said afresh.
    m_preflightSaid = false;
    m_declare->setText(tr("&Declare incident"));
    const int index = m_procedure->currentIndex();
    if (index < 0)
        return;
    const runbook::Procedure &p = m_runbook.procedures.at(index);
    QStringList facts;
    facts << (p.steps.size() == 1 ? tr("1 step") : tr("%1 steps").arg(p.steps.size()));
    if (p.expected.isKnown())
        facts << tr("about %1").arg(durationText(p.expected));
    if (!p.risk.isEmpty())
        facts << tr("risk: %1").arg(p.risk);
    QString text = facts.join(QStringLiteral(" · "));
    if (!p.whenToUse.isEmpty())
        text += QLatin1Char('\n') + tr("When to use: %1").arg(flowingText(p.whenToUse));
    m_procedureFacts->setText(text);
    growToFit();

    QSettings settings;
    settings.beginGroup(settingsGroup());
    QHash<QString, QString> remembered;
    for (const QString &key : settings.childKeys())
        remembered.insert(key, settings.value(key).toString());
    m_values->setNeeded(execution::neededValues(m_runbook, p), execution::neededSecrets(p), remembered);
    m_values->setShowMissing(false); // said below, when declaring is refused
    if (m_refused)
        sayMissing();
    updateTabOrder();
}

void NewIncidentDialog::updateTabOrder()
{
    // The fields are made after the buttons: without this, Tab reached them last.
    QList<QWidget *> chain = {m_title, m_service, m_environment, m_procedure};
    for (QLineEdit *field : m_values->fieldsInOrder())
        chain << field;
    chain << m_directory << findChild<QToolButton *>(QStringLiteral("chooseDirectory"));
    if (m_operator)
        chain << m_operator;
    chain << m_declare << m_cancel;
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain.at(i), chain.at(i + 1));
}

void NewIncidentDialog::setVariable(const QString &name, const QString &value)
{
    m_values->setValue(name, value);
}

execution::DeclareOptions NewIncidentDialog::options() const
{
    execution::DeclareOptions o;
    o.title = m_title->text().trimmed();
    o.service = m_service->text().trimmed();
    o.environment = m_environment->currentText().trimmed();
    o.variables = m_values->values();
    o.workingDirectory = m_directory->text().trimmed();
    return o;
}

QString NewIncidentDialog::message() const { return m_message->text(); }

void NewIncidentDialog::sayMissing()
{
    const QList<execution::NeededValue> missing = m_values->missing();
    if (missing.isEmpty()) {
        m_message->clear();
        return;
    }
    showMessage(m_message,
                tr("Not declared yet: the steps need a value for %1. Fill it in (fields marked *), "
                   "or pick another procedure.")
                    .arg(execution::describeMissing(missing)),
                true);
    growToFit();
}

void NewIncidentDialog::growToFit() { gui::growToFit(this); }

void NewIncidentDialog::accept()
{
    if (m_operator && m_operator->text().trimmed().isEmpty()) {
        showMessage(m_message, tr("Not declared yet: say who you are (Your name); every event "
                                  "records it."),
                    true);
        m_operator->setFocus();
        return;
    }
    if (!m_values->missing().isEmpty()) {
        m_refused = true;
        sayMissing();
        m_values->focusFirstMissing();
        return;
    }
    if (!QFileInfo(m_directory->text().trimmed()).isDir()) {
        showMessage(m_message,
                    tr("Not declared yet: the folder the steps run in, %1, does not exist. Choose "
                       "one that does.")
                        .arg(m_directory->text().trimmed()),
                    true);
        m_directory->setFocus();
        return;
    }
    // Pre-flight: what the steps call must be on this machine, or step 3 stops the
    // incident after step 2 changed production. Said once, everything at once; declaring
    // anyway is the operator's call (they may install it meanwhile).
    execution::PreflightInput input;
    input.values = m_values->values();
    input.workingDirectory = m_directory->text().trimmed();
    const int index = m_procedure->currentIndex();
    if (index >= 0 && index < m_runbook.procedures.size())
        input.procedures = {m_runbook.procedures.at(index)};
    const QList<execution::PreflightProblem> problems = execution::preflight(input);
    if (!problems.isEmpty() && !m_preflightSaid) {
        m_preflightSaid = true;
        showMessage(m_message,
                    tr("Not declared yet: %1\nDeclare anyway if you will fix it before those "
                       "steps run.")
                        .arg(plainLines(execution::describePreflight(problems))),
                    true);
        m_declare->setText(tr("Declare &anyway"));
        adjustSize(); // the message grows the dialog; nothing above it is squeezed
        return;
    }
    QDialog::accept();
}

void NewIncidentDialog::rememberValues() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    const QHash<QString, QString> values = m_values->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

} // namespace rollcage::gui
