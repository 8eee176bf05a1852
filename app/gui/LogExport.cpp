#include "gui/LogExport.h"

#include "incident/IncidentStore.h"

namespace rollcage::gui {

LogExport::LogExport(const incident::IncidentStore *store, qint64 runEventId, const QString &path,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runEventId(runEventId)
    , m_file(path)
{
    // A zero timer runs one slice each time the event loop is idle: input and painting
    // come first.
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &LogExport::writeSlice);
}

bool LogExport::start()
{
    if (!m_store) {
        fail(tr("There is no output to write: no step run is shown."));
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        fail(tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    m_next = 0;
    m_slice.start();
    return true;
}

void LogExport::fail(const QString &error)
{
    m_slice.stop();
    if (m_file.isOpen())
        m_file.cancelWriting();
    Q_EMIT failed(error);
}

void LogExport::writeSlice()
{
    const auto lines = m_store->outputLines(m_runEventId, m_next, kSliceLines);
    if (!lines.ok()) {
        fail(lines.error);
        return;
    }
    QByteArray chunk;
    for (const incident::OutputLine &line : *lines) {
        chunk += line.text.toUtf8();
        chunk += '\n';
    }
    if (m_file.write(chunk) != chunk.size()) {
        fail(tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_next += lines->size();
    if (lines->size() == kSliceLines)
        return; // more to come: the timer calls again
    m_slice.stop();
    if (!m_file.commit()) {
        Q_EMIT failed(tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    // Last: a slot may delete this object.
    Q_EMIT finished(m_file.fileName());
}

} // namespace rollcage::gui
