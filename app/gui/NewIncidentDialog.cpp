#include "gui/NewIncidentDialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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
    , m_variablesForm(nullptr)
    , m_variablesBox(new QWidget(this))
{
    setWindowTitle(tr("New incident"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_title->setText(runbook.title);
    m_service->setText(execution::slug(runbook.title));
    m_environment->setEditable(true);
    m_environment->addItems({QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")});
    for (const runbook::Procedure &p : runbook.procedures)
        m_procedure->addItem(p.title);
    m_procedureFacts->setWordWrap(true);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Procedure:"), m_procedure);
    form->addRow(QString(), m_procedureFacts);
    layout->addLayout(form);
    m_variablesForm = new QFormLayout(m_variablesBox);
    layout->addWidget(m_variablesBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Declare incident"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &NewIncidentDialog::rebuildVariables);
    connect(m_environment, &QComboBox::currentTextChanged, this, &NewIncidentDialog::rebuildVariables);
    rebuildVariables();
}

QString NewIncidentDialog::procedure() const { return m_procedure->currentText(); }

QString NewIncidentDialog::settingsGroup() const
{
    // Per runbook (by its path) and environment: staging values never leak into production.
    const QByteArray key = QCryptographicHash::hash(m_runbook.source.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("variables/%1/%2").arg(QString::fromLatin1(key), m_environment->currentText());
}

void NewIncidentDialog::rebuildVariables()
{
    const QHash<QString, QString> typed = [this] {
        QHash<QString, QString> values;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            values.insert(it.key(), it.value()->text());
        return values;
    }();
    while (m_variablesForm->rowCount() > 0)
        m_variablesForm->removeRow(0);
    m_fields.clear();
    const int index = m_procedure->currentIndex();
    if (index < 0)
        return;
    const runbook::Procedure &p = m_runbook.procedures.at(index);
    QStringList facts;
    facts << tr("%n step(s)", nullptr, int(p.steps.size()));
    if (p.expected.isKnown())
        facts << tr("about %1").arg(p.expected.text.isEmpty() ? QString::number(*p.expected.maxSeconds / 60) + tr(" min") : p.expected.text);
    if (!p.risk.isEmpty())
        facts << tr("risk: %1").arg(p.risk);
    m_procedureFacts->setText(facts.join(QStringLiteral(" · ")));

    QSettings settings;
    settings.beginGroup(settingsGroup());
    QStringList secrets;
    for (const runbook::Step &step : p.steps) {
        for (const runbook::Placeholder &ph : step.placeholders) {
            if (ph.secret) {
                if (!secrets.contains(ph.name))
                    secrets << ph.name;
                continue;
            }
            if (m_fields.contains(ph.name))
                continue;
            auto *field = new QLineEdit(m_variablesBox);
            field->setText(typed.value(ph.name, settings.value(ph.name).toString()));
            field->setAccessibleName(ph.name);
            if (!ph.choices.isEmpty())
                field->setPlaceholderText(ph.choices.join(QStringLiteral(" / ")));
            m_fields.insert(ph.name, field);
            m_variablesForm->addRow(ph.name + QLatin1Char(':'), field);
        }
    }
    if (!secrets.isEmpty()) {
        auto *note = new QLabel(tr("From the keychain when needed: %1").arg(secrets.join(QStringLiteral(", "))), m_variablesBox);
        note->setWordWrap(true);
        m_variablesForm->addRow(note);
    }
}

void NewIncidentDialog::setVariable(const QString &name, const QString &value)
{
    if (QLineEdit *field = m_fields.value(name))
        field->setText(value);
}

execution::DeclareOptions NewIncidentDialog::options() const
{
    execution::DeclareOptions o;
    o.title = m_title->text().trimmed();
    o.service = m_service->text().trimmed();
    o.environment = m_environment->currentText().trimmed();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            o.variables.insert(it.key(), it.value()->text());
    }
    return o;
}

void NewIncidentDialog::rememberValues() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        settings.setValue(it.key(), it.value()->text());
}

} // namespace rollcage::gui
