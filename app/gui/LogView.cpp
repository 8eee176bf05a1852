#include "gui/LogView.h"

#include "gui/LogLineDelegate.h"
#include "gui/LogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QSaveFile>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rollcage::gui {

namespace {
constexpr int kPollMs = 150;
constexpr int kSearchSliceLines = 4096;
constexpr int kExportSliceLines = 20000;
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new QTreeView(this))
    , m_follow(new QToolButton(this))
    , m_timestamps(new QToolButton(this))
    , m_highlight(new QToolButton(this))
    , m_delegate(new LogLineDelegate(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_poll(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_follow->setText(tr("&Follow"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest output in view (End)"));
    m_timestamps->setText(tr("&Timestamps"));
    m_timestamps->setCheckable(true);
    m_highlight->setText(tr("&Highlight"));
    m_highlight->setCheckable(true);
    m_highlight->setChecked(true);
    m_highlight->setToolTip(tr("Colour levels, times, addresses and quoted text in the output"));
    m_search->setPlaceholderText(tr("Search output (Ctrl+F, F3 next, Shift+F3 previous)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search output"));
    auto *copy = new QToolButton(this);
    copy->setText(tr("&Copy"));
    auto *open = new QToolButton(this);
    open->setText(tr("Open full &log"));
    bar->addWidget(m_follow);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_highlight);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(copy);
    bar->addWidget(open);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // A tree view with uniform rows lays out a million lines without asking for each
    // one (a QListView re-lays out every row on each insert: visible stalls at 1M lines).
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setHeaderHidden(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Step output"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addShortcut(QKeySequence::FindNext, [this] { find(m_search->text()); });
    addShortcut(QKeySequence::FindPrevious, [this] { find(m_search->text(), true); });
    addShortcut(QKeySequence::Copy, [this] { copySelection(); });
    addShortcut(QKeySequence(Qt::Key_End), [this] { setFollowing(true); });

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        find(m_search->text(), QApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_timestamps, &QToolButton::toggled, m_model, &LogModel::setShowTimestamps);
    connect(m_highlight, &QToolButton::toggled, this, [this](bool on) {
        m_delegate->setHighlighting(on);
        m_view->viewport()->update();
    });
    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    connect(copy, &QToolButton::clicked, this, &LogView::copySelection);
    connect(open, &QToolButton::clicked, this, &LogView::openFullLog);
    connect(m_model, &LogModel::readFailed, this, &LogView::problem);
    // Scrolling up to read pauses the tail; scrolling back to the end resumes it.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QTimer::singleShot(0, this, [this] {
            const QScrollBar *scroll = m_view->verticalScrollBar();
            m_follow->setChecked(scroll->value() >= scroll->maximum());
        });
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow->isChecked())
            m_view->scrollToBottom();
    });
    connect(this, &LogView::searchFinished, this, [this](int row) {
        m_status->setText(row < 0 ? tr("not found") : tr("line %L1").arg(row + 1));
    });
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LogView::poll);
}

void LogView::setRun(const incident::IncidentStore *store, qint64 runEventId)
{
    ++m_searchSerial; // a search over the previous run is void
    m_status->clear();
    m_model->setRun(store, runEventId);
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

void LogView::setLive(bool live)
{
    if (live) {
        m_poll->start();
    } else {
        m_poll->stop();
        poll(); // the last batch written at the end of the step
    }
}

bool LogView::isFollowing() const { return m_follow->isChecked(); }
void LogView::setFollowing(bool follow) { m_follow->setChecked(follow); }

void LogView::poll() { m_model->refresh(); }

void LogView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    qint64 start = current.isValid() ? current.row() + (backwards ? -1 : 1) : (backwards ? m_model->rowCount() - 1 : 0);
    m_status->setText(tr("searching…"));
    setFollowing(false);
    searchSlice(text, start, backwards, ++m_searchSerial);
}

void LogView::searchSlice(QString needle, qint64 row, bool backwards, int serial)
{
    if (serial != m_searchSerial)
        return; // superseded by a newer search
    const qint64 rows = m_model->rowCount();
    if (row < 0 || row >= rows) {
        Q_EMIT searchFinished(-1);
        return;
    }
    const qint64 first = backwards ? std::max<qint64>(0, row - kSearchSliceLines + 1) : row;
    const auto lines = m_model->readLines(first, kSearchSliceLines);
    if (!lines.ok()) {
        Q_EMIT problem(lines.error);
        Q_EMIT searchFinished(-1);
        return;
    }
    const qint64 last = std::min<qint64>(first + lines->size(), rows) - 1;
    for (qint64 r = row; backwards ? r >= first : r <= last; r += backwards ? -1 : 1) {
        if (lines->at(r - first).text.contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex hit = m_model->index(int(r));
            m_view->setCurrentIndex(hit);
            m_view->scrollTo(hit, QAbstractItemView::PositionAtCenter);
            Q_EMIT searchFinished(int(r));
            return;
        }
    }
    const qint64 next = backwards ? first - 1 : last + 1;
    if (lines->isEmpty() || next < 0 || next >= rows) {
        Q_EMIT searchFinished(-1);
        return;
    }
    // Yield to the event loop between slices so typing and painting never stall.
    QTimer::singleShot(0, this, [this, needle, next, backwards, serial] {
        searchSlice(needle, next, backwards, serial);
    });
}

void LogView::copySelection() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList text;
    for (const QModelIndex &index : std::as_const(rows))
        text << index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogView::openFullLog()
{
    const QString path = QDir::temp().filePath(
        QStringLiteral("rollcage-run-%1.log").arg(m_model->runEventId()));
    auto file = std::make_shared<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        Q_EMIT problem(tr("Cannot write %1: %2").arg(path, file->errorString()));
        return;
    }
    m_status->setText(tr("writing full log…"));
    const int serial = m_searchSerial;
    // Written in slices, like search, so a 100 MB log never freezes the window.
    auto step = std::make_shared<std::function<void(qint64)>>();
    *step = [this, file, path, step, serial](qint64 first) {
        const auto lines = m_model->readLines(first, kExportSliceLines);
        if (!lines.ok() || serial != m_searchSerial) {
            file->cancelWriting();
            if (!lines.ok())
                Q_EMIT problem(lines.error);
            m_status->clear();
            *step = nullptr;
            return;
        }
        QByteArray chunk;
        for (const incident::OutputLine &line : *lines)
            chunk += line.text.toUtf8() + '\n';
        file->write(chunk);
        if (lines->size() == kExportSliceLines) {
            QTimer::singleShot(0, this, [step, first] { (*step)(first + kExportSliceLines); });
            return;
        }
        const bool ok = file->commit();
        m_status->clear();
        *step = nullptr;
        if (!ok) {
            Q_EMIT problem(tr("Cannot write %1: %2").arg(path, file->errorString()));
            return;
        }
        Q_EMIT fullLogWritten(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    (*step)(0);
}

} // namespace rollcage::gui
