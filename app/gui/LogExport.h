#pragma once

#include <QObject>
#include <QSaveFile>
#include <QTimer>

namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

// Writes one step run's whole output to a file, a slice per turn of the event loop, so a
// 100 MB log never freezes the window. Its state (the file, the next line) lives in the
// object: destroying it mid-way stops the work and leaves no half-written file behind
// (QSaveFile discards what was not committed).
class LogExport : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSliceLines = 20000;

    LogExport(const incident::IncidentStore *store, qint64 runEventId, const QString &path,
              QObject *parent = nullptr);

    // Opens the file and starts writing; false (and failed() emitted) when it cannot be
    // opened.
    bool start();
    bool isRunning() const { return m_slice.isActive(); }
    QString path() const { return m_file.fileName(); }
    qint64 linesWritten() const { return m_next; }

Q_SIGNALS:
    // Emitted once, at the end; the object may be deleted from a slot connected to either.
    void finished(const QString &path);
    void failed(const QString &error);

private:
    void writeSlice();
    void fail(const QString &error);

    const incident::IncidentStore *m_store;
    qint64 m_runEventId;
    QSaveFile m_file;
    QTimer m_slice;
    qint64 m_next = 0;
};

} // namespace rollcage::gui
