#include "gui/LogModel.h"

#include "gui/Palette.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

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
    endResetModel();
    refresh();
}

void LogModel::refresh()
{
    if (!m_store || m_runEventId == 0)
        return;
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
    if (it == m_pages.end()) {
        const auto lines = m_store->outputLines(m_runEventId, page * kPageLines, kPageLines);
        if (!lines.ok()) {
            if (!m_reportedFailure) {
                m_reportedFailure = true;
                // Emitting from a const getter is fine: nothing in the model changes.
                Q_EMIT const_cast<LogModel *>(this)->readFailed(lines.error);
            }
            return nullptr;
        }
        if (m_pages.size() >= kMaxCachedPages) {
            m_pages.remove(m_lru.takeFirst());
        }
        it = m_pages.insert(page, *lines);
        m_lru.append(page);
    } else if (m_lru.last() != page) {
        m_lru.removeOne(page);
        m_lru.append(page);
    }
    const qint64 offset = row - page * kPageLines;
    return offset < it->size() ? &it->at(offset) : nullptr;
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
        if (m_showTimestamps) {
            const QString time = QLocale::c().toString(
                QDateTime::fromMSecsSinceEpoch(l->atMs).toLocalTime(), QStringLiteral("HH:mm:ss.zzz"));
            return QString(time + QStringLiteral("  ") + l->text);
        }
        return l->text;
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
