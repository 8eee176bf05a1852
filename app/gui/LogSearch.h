#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

// Finds the next (or previous) line of a step run's output containing a text,
// case-insensitively, a slice of lines per turn of the event loop. One search at a time:
// start() replaces the one in progress, cancel() or destroying the object ends it.
class LogSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSliceLines = 4096;

    explicit LogSearch(QObject *parent = nullptr);

    // Searches lines [0, rows) of run `runEventId` from line `from`, forwards or backwards.
    void start(const incident::IncidentStore *store, qint64 runEventId, qint64 rows,
               const QString &needle, qint64 from, bool backwards);
    void cancel();
    bool isRunning() const { return m_slice.isActive(); }

Q_SIGNALS:
    // The line found, or -1; emitted once per search that was not cancelled.
    void finished(qint64 row);
    void failed(const QString &error);

private:
    void searchSlice();
    void finish(qint64 row);

    QTimer m_slice;
    const incident::IncidentStore *m_store = nullptr;
    qint64 m_runEventId = 0;
    qint64 m_rows = 0;
    QString m_needle;
    qint64 m_row = 0; // the next line to look at
    bool m_backwards = false;
};

} // namespace rollcage::gui
