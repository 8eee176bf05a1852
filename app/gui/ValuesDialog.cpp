#include "gui/ValuesDialog.h"

#include "execution/DeclarationValues.h"
#include "execution/Engine.h"
#include "gui/DirectoryRow.h"
#include "gui/Feedback.h"
#include "gui/ValuesForm.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollcage::gui {

ValuesDialog::ValuesDialog(const runbook::Runbook &runbook, execution::Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_form(new ValuesForm(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Values of incident %1").arg(engine->incidentId()));
    setObjectName(QStringLiteral("valuesDialog"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The values the steps and messages use. A change is recorded in "
                                "the incident and applies to the steps run from now on."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const runbook::Procedure &p = engine->procedure();
    m_form->setNeeded(execution::neededValues(runbook, p), execution::neededSecrets(p),
                      engine->state().variables);
    layout->addWidget(m_form);

    // Where the steps run, and what the incident's shell session holds: the state the
    // next step starts from, in view (values as journalled: secrets masked).
    auto *shell = new QFormLayout;
    m_directory = new QLineEdit(engine->state().workingDirectory, this);
    m_directory->setObjectName(QStringLiteral("workingDirectory"));
    addDirectoryRow(shell, tr("Steps start &in:"), m_directory, tr("Folder the steps run in"));
    auto *session = new QLabel(describeSession(engine->state()), this);
    session->setObjectName(QStringLiteral("sessionVariables"));
    session->setWordWrap(true);
    session->setTextInteractionFlags(Qt::TextSelectableByMouse);
    shell->addRow(tr("Shell session:"), session);
    layout->addLayout(shell);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveValues"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ValuesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->focusFirstMissing();
}

QString ValuesDialog::message() const { return m_message->text(); }

QString ValuesDialog::describeSession(const incident::IncidentState &state)
{
    QStringList names = state.session.keys();
    names.sort();
    QStringList parts;
    for (const QString &name : std::as_const(names))
        parts.append(QStringLiteral("%1=%2").arg(name, state.session.value(name)));
    QString text = parts.isEmpty() ? tr("nothing yet: variables a step sets or exports appear here "
                                        "and carry into the next steps.")
                                   : parts.join(QStringLiteral("  "));
    if (!state.sessionDirectory.isEmpty())
        text += QLatin1Char('\n') + tr("The last step ended in %1; the next starts there.")
                                         .arg(state.sessionDirectory);
    return text;
}

void ValuesDialog::accept()
{
    const QHash<QString, QString> before = m_engine->state().variables;
    QStringList changed;
    for (QLineEdit *field : m_form->fieldsInOrder()) {
        const QString name = field->accessibleName();
        const QString value = field->text().trimmed();
        // A field left blank that never had a value is not a change.
        if (value == before.value(name) || (value.isEmpty() && !before.contains(name)))
            continue;
        if (Status s = m_engine->setVariable(name, value); !s) {
            showMessage(m_message, s.error, true);
            return;
        }
        changed << name;
    }
    const QString directory = m_directory->text().trimmed();
    if (directory != m_engine->state().workingDirectory) {
        if (Status s = m_engine->setWorkingDirectory(directory); !s) {
            showMessage(m_message, s.error, true);
            m_directory->setFocus();
            return;
        }
    }
    if (!changed.isEmpty())
        Q_EMIT valuesChanged(changed);
    QDialog::accept();
}

} // namespace rollcage::gui
