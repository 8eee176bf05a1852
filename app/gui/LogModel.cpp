#include "gui/LogModel.h"

#include "core/Logging.h"
#include "gui/Palette.h"
#include "incident/StoreThread.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>

namespace rollcage::gui {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LogModel::setRun(const incident::IncidentStore *store, qint64 runEventId)
{
    beginResetModel();
    m_store = store;
    m_runEventId = runEventId;
    m_rows = 0;
    m_pages.clear();
    m_lru.clear();
    m_reportedFailure = false;
    m_reader = store && runEventId != 0 ? store->outputReader() : nullptr;
    ++m_generation;
    m_countAsked = false;
    m_countAgain = false;
    m_asked.clear();
    m_stale.clear();
    m_deferred = false;
    endResetModel();
    refresh();
}

void LogModel::refresh()
{
    if (!m_store || m_runEventId == 0)
        return;
    if (m_reader) {
        requestCount();
        return;
    }
    const auto count = m_store->outputLineCount(m_runEventId);
    if (!count.ok()) {
        Q_EMIT readFailed(count.error);
        return;
    }
    if (*count <= m_rows)
        return;
    // The last page may have been cached while it was still filling up.
    m_pages.remove(m_rows / kPageLines);
    m_lru.removeAll(m_rows / kPageLines);
    // QAbstractItemModel rows are ints; a log past 2^31 lines shows its first 2^31.
    const qint64 capped = std::min<qint64>(*count, std::numeric_limits<int>::max());
    if (capped <= m_rows)
        return;
    beginInsertRows({}, int(m_rows), int(capped - 1));
    m_rows = capped;
    endInsertRows();
}

void LogModel::requestCount()
{
    if (m_countAsked) {
        m_countAgain = true; // lines may have come since that question was asked
        return;
    }
    m_countAsked = true;
    const qint64 run = m_runEventId;
    const quint64 generation = m_generation;
    m_reader
        ->read<qint64>([run](const QString &connection, qint64 *count, QSqlError *error) {
            const std::optional<qint64> stored =
                incident::IncidentStore::storedLinesOn(connection, run, error);
            *count = stored.value_or(0);
            return stored.has_value();
        })
        .then(this, [this, generation](const Result<qint64> &count) {
            if (generation != m_generation)
                return;
            m_countAsked = false;
            if (!count.ok()) {
                readInPlace(count.error);
                return;
            }
            const qint64 capped = std::min<qint64>(*count, std::numeric_limits<int>::max());
            if (capped > m_rows) {
                // The last page may have been cached while it was still filling up.
                if (m_pages.contains(m_rows / kPageLines))
                    m_stale.insert(m_rows / kPageLines);
                beginInsertRows({}, int(m_rows), int(capped - 1));
                m_rows = capped;
                endInsertRows();
            }
            if (std::exchange(m_countAgain, false))
                requestCount();
        });
}

void LogModel::requestPage(qint64 page) const
{
    if (m_asked.contains(page))
        return;
    // Pages asked while the operator drags the scroll bar would each be a round trip, in
    // order, ahead of the page finally shown: two at a time (a screen spans at most two),
    // the rest asked again by the repaint that follows an answer.
    if (m_asked.size() >= kPagesInFlight) {
        m_deferred = true;
        return;
    }
    m_asked.insert(page);
    const qint64 run = m_runEventId;
    const quint64 generation = m_generation;
    auto *self = const_cast<LogModel *>(this); // reading is what data() does here
    m_reader
        ->read<QList<incident::OutputLine>>([run, page](const QString &connection,
                                                        QList<incident::OutputLine> *lines,
                                                        QSqlError *error) {
            return incident::IncidentStore::readOutputOn(connection, run, page * kPageLines,
                                                         kPageLines, lines, error);
        })
        .then(self, [self, generation, page](const Result<QList<incident::OutputLine>> &lines) {
            // Never inside the data() that asked (an answer may already be there when
            // this is attached): the cache changes and dataChanged is emitted.
            QMetaObject::invokeMethod(
                self, [self, generation, page, lines] { self->onPage(generation, page, lines); },
                Qt::QueuedConnection);
        });
}

void LogModel::readInPlace(const QString &error)
{
    // The reader's connection failed where the store's may not (a connection limit, a
    // server restarted under it): this run is read on the store's connection, as on a
    // SQLite file, and a store that is away says so there.
    qCInfo(lcGui).noquote() << "log read on the store's connection:" << error;
    m_reader = nullptr;
    m_asked.clear();
    // A page cached short is read again here, not kept: its flag goes with the reader.
    for (const qint64 page : std::as_const(m_stale)) {
        m_pages.remove(page);
        m_lru.removeAll(page);
    }
    m_stale.clear();
    m_countAgain = false;
    refresh();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(int(m_rows - 1)));
}

void LogModel::onPage(quint64 generation, qint64 page,
                      const Result<QList<incident::OutputLine>> &lines)
{
    if (generation != m_generation)
        return;
    m_asked.remove(page);
    if (!lines.ok()) {
        if (m_reader)
            readInPlace(lines.error);
        return;
    }
    const qint64 first = page * kPageLines;
    const qint64 expected = std::min<qint64>(kPageLines, m_rows - first);
    cachePage(page, *lines);
    // Asked before the last count: still short of what the model shows.
    if (lines->size() < expected)
        m_stale.insert(page);
    else
        m_stale.remove(page);
    const qint64 last = std::min<qint64>(first + kPageLines, m_rows) - 1;
    if (std::exchange(m_deferred, false) && m_rows > 0)
        Q_EMIT dataChanged(index(0), index(int(m_rows - 1))); // the view asks what it shows
    else if (last >= first)
        Q_EMIT dataChanged(index(int(first)), index(int(last)));
}

void LogModel::cachePage(qint64 page, const QList<incident::OutputLine> &lines) const
{
    if (m_pages.contains(page)) {
        m_lru.removeOne(page);
    } else if (m_pages.size() >= kMaxCachedPages) {
        const qint64 oldest = m_lru.takeFirst();
        m_pages.remove(oldest);
        m_stale.remove(oldest);
    }
    m_pages.insert(page, lines);
    m_lru.append(page);
}

void LogModel::reportFailure(const QString &error) const
{
    if (m_reportedFailure)
        return;
    m_reportedFailure = true;
    // Emitting from a const getter is fine: nothing in the model changes.
    Q_EMIT const_cast<LogModel *>(this)->readFailed(error);
}

void LogModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(int(m_rows - 1)), {Qt::DisplayRole});
}

int LogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows); }

Result<QList<incident::OutputLine>> LogModel::readLines(qint64 first, int count) const
{
    if (!m_store)
        return Result<QList<incident::OutputLine>>::success({});
    return m_store->outputLines(m_runEventId, first, count);
}

const incident::OutputLine *LogModel::line(qint64 row) const
{
    const qint64 page = row / kPageLines;
    auto it = m_pages.find(page);
    if (m_reader && (it == m_pages.end() || m_stale.contains(page)))
        requestPage(page); // answered by dataChanged; what is cached shows meanwhile
    if (it == m_pages.end()) {
        if (m_reader)
            return nullptr;
        const auto lines = m_store->outputLines(m_runEventId, page * kPageLines, kPageLines);
        if (!lines.ok()) {
            reportFailure(lines.error);
            return nullptr;
        }
        cachePage(page, *lines);
        it = m_pages.find(page);
    } else if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    const qint64 offset = row - page * kPageLines;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString LogModel::displayText(const incident::OutputLine &line) const
{
    if (!m_showTimestamps)
        return line.text;
    const QString time = QLocale::c().toString(
        QDateTime::fromMSecsSinceEpoch(line.atMs).toLocalTime(), QStringLiteral("HH:mm:ss.zzz"));
    return time + QStringLiteral("  ") + line.text;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incident::OutputLine *l = line(index.row());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*l);
    case LineTextRole:
        return l->text;
    case StreamRole:
        return l->stream;
    case TimestampRole:
        return l->atMs;
    case Qt::ForegroundRole:
        // stderr reads differently at a glance, in light and dark palettes alike.
        return l->stream == 2 ? QVariant(QBrush(toneColor(Tone::Problem))) : QVariant();
    default:
        return {};
    }
}

} // namespace rollcage::gui
