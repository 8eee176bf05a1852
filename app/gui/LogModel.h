#pragma once

#include "incident/IncidentStore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace rollcage::gui {

// One step run's output as a list, read from the incident store a page at a time.
// Only a bounded number of pages is kept, so a million-line log costs what the visible
// part costs; refresh() grows the model as the recorder commits new lines.
// On a shared store the count and the pages are read on the store's output reader
// thread (IncidentStore::outputReader): a round trip there is tens of milliseconds under
// load or over a network, and a pane following a step asks several times a second. A row
// whose page has not arrived yet is empty until it does (dataChanged then); a page that
// grew keeps showing what it had meanwhile.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { StreamRole = Qt::UserRole + 1, TimestampRole, LineTextRole };
    static constexpr int kPageLines = 512;
    static constexpr int kMaxCachedPages = 48; // ~24k lines in memory at most
    static constexpr int kPagesInFlight = 2;   // on a shared store (see requestPage)

    explicit LogModel(QObject *parent = nullptr);

    // Shows run `runEventId` of `store` (0 to show nothing). The store must outlive it.
    void setRun(const incident::IncidentStore *store, qint64 runEventId);
    qint64 runEventId() const { return m_runEventId; }
    const incident::IncidentStore *store() const { return m_store; }
    // Picks up lines committed since the last call; cheap when there are none.
    void refresh();
    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // A line as DisplayRole shows it (with its time when timestamps are shown).
    QString displayText(const incident::OutputLine &line) const;

    int cachedPages() const { return int(m_pages.size()); }
    // A page of lines for sequential readers (search, "open full log"); not cached.
    Result<QList<incident::OutputLine>> readLines(qint64 first, int count) const;

Q_SIGNALS:
    void readFailed(const QString &error);

private:
    const incident::OutputLine *line(qint64 row) const;
    void requestCount();
    void requestPage(qint64 page) const;
    void onPage(quint64 generation, qint64 page, const Result<QList<incident::OutputLine>> &lines);
    void cachePage(qint64 page, const QList<incident::OutputLine> &lines) const;
    void reportFailure(const QString &error) const;
    void readInPlace(const QString &error);

    const incident::IncidentStore *m_store = nullptr;
    qint64 m_runEventId = 0;
    qint64 m_rows = 0;
    bool m_showTimestamps = false;
    // Mutable: data() is const, and filling the cache is what reading means here.
    mutable QHash<qint64, QList<incident::OutputLine>> m_pages;
    mutable QList<qint64> m_lru; // page numbers, most recent last
    mutable bool m_reportedFailure = false;
    // Reading off the GUI thread (a shared store): what is asked and not answered yet;
    // answers for an earlier run (an older generation) are dropped.
    incident::StoreThread *m_reader = nullptr;
    quint64 m_generation = 0;
    bool m_countAsked = false;
    bool m_countAgain = false;
    mutable QSet<qint64> m_asked;
    mutable QSet<qint64> m_stale; // cached, but the store has more lines for it now
    mutable bool m_deferred = false; // a page was not asked (too many out)
};

} // namespace rollcage::gui
