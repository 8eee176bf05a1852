// The incident's shell session and working directory (see ShellSession.h).
#include "execution/Engine.h"

#include "core/Logging.h"

#include <QDir>
#include <QFileInfo>

namespace rollcage::execution {

using incident::events::SessionChanged;
using incident::events::WorkingDirectorySet;

QString defaultWorkingDirectory(const QString &runbookSource)
{
    const QFileInfo file(runbookSource);
    if (runbookSource.isEmpty() || runbookSource.startsWith(QLatin1Char(':')) || !file.exists())
        return QDir::homePath();
    QDir dir = file.absoluteDir();
    for (QDir up = dir;;) {
        if (QFileInfo::exists(up.filePath(QStringLiteral(".git"))))
            return up.absolutePath();
        if (!up.cdUp())
            break;
    }
    return dir.absolutePath();
}

Status Engine::setWorkingDirectory(const QString &directory)
{
    if (!m_incidentId)
        return Status::failure(tr("No incident is open."));
    const QFileInfo info(directory);
    if (directory.isEmpty() || !info.isDir())
        return Status::failure(
            tr("The working directory %1 does not exist. Choose a folder that does (the steps "
               "run there).")
                .arg(directory.isEmpty() ? tr("(none given)") : directory));
    if (isRunning())
        return Status::failure(tr("A step is running; change the working directory after it."));
    const auto e = record(WorkingDirectorySet{info.absoluteFilePath()});
    if (!e)
        return Status::failure(e.error);
    m_session.directory.clear();
    return Status::success();
}

QString Engine::stepDirectory() const
{
    if (!m_session.directory.isEmpty() && QFileInfo(m_session.directory).isDir())
        return m_session.directory;
    return state().workingDirectory;
}

QSet<QString> Engine::sessionNames() const
{
    QSet<QString> names;
    for (auto it = m_session.variables.constBegin(); it != m_session.variables.constEnd(); ++it)
        names.insert(it.key());
    return names;
}

void Engine::restoreSession()
{
    // A value the journal had to mask held a secret: it is not known any more, and a
    // step that needs it is told so rather than handed "••••".
    const QString mask = QString::fromUtf8(SecretMasker::replacement());
    m_session = {};
    m_session.directory = state().sessionDirectory;
    for (auto it = state().session.constBegin(); it != state().session.constEnd(); ++it) {
        if (!it.value().contains(mask))
            m_session.variables.insert(it.key(), it.value());
    }
}

void Engine::takeSession(int index, const StepResult &result)
{
    if (!result.session || index < 0 || index >= m_procedure.steps.size() ||
        m_procedure.steps.at(index).isolated)
        return;
    const SessionState &after = *result.session;
    SessionChanged changed;
    for (auto it = after.variables.constBegin(); it != after.variables.constEnd(); ++it) {
        if (m_session.variables.value(it.key()) != it.value() ||
            !m_session.variables.contains(it.key()))
            changed.set.insert(it.key(), m_masker.mask(maskKnownSecrets(it.value())));
    }
    for (auto it = m_session.variables.constBegin(); it != m_session.variables.constEnd(); ++it) {
        if (!after.variables.contains(it.key()))
            changed.unset.append(it.key());
    }
    // A step that ends where it started leaves the directory as it was.
    const QString directory =
        after.directory == stepDirectory() ? m_session.directory : after.directory;
    const bool moved = directory != m_session.directory;
    m_session.variables = after.variables;
    m_session.directory = directory;
    if (changed.set.isEmpty() && changed.unset.isEmpty() && !moved)
        return;
    if (moved)
        changed.directory = directory;
    if (!record(changed, index))
        qCWarning(lcRunner) << "the session after step" << index + 1 << "was not journalled";
}

QString Engine::describeFailure(int index, const StepResult &result, qint64 lines) const
{
    if (result.status != StepStatus::Failed || result.failedLine <= 0)
        return result.error;
    const int line = runbookLineFor(index, result.failedLine);
    const QString where = QFileInfo(m_runbookSource).fileName() + QLatin1Char(':') +
                          QString::number(line);
    QString text = tr("%1: `%2` failed with status %3.")
                       .arg(where, result.failedCommand)
                       .arg(result.failedStatus);
    if (lines == 0)
        text += QLatin1Char(' ') + tr("The step printed nothing.");
    return text;
}

} // namespace rollcage::execution
