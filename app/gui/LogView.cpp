#include "gui/LogView.h"

#include "gui/LogExport.h"
#include "gui/LogLineDelegate.h"
#include "gui/LogModel.h"
#include "gui/LogSearch.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rollcage::gui {

namespace {
constexpr int kPollMs = 150;
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new LogModel(this))
    , m_view(new QTableView(this))
    , m_follow(new QToolButton(this))
    , m_timestamps(new QToolButton(this))
    , m_highlight(new QToolButton(this))
    , m_delegate(new LogLineDelegate(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_poll(new QTimer(this))
    , m_searcher(new LogSearch(this))
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
    m_status->setObjectName(QStringLiteral("logStatus"));
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

    // A table whose rows all have one fixed height: appending lines costs what they
    // cost, whatever is above them. A tree view lays out every row again on each insert
    // (90 ms at a million lines while following), a list view too.
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->horizontalHeader()->hide();
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 2);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(tr("Step output"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long lines scroll sideways instead of being cut at the pane's edge: the column
    // grows to the widest line painted (the delegate measures what it paints).
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->viewport()->installEventFilter(this);
    connect(
        m_delegate, &LogLineDelegate::widerLine, this,
        [this](int width) {
            m_widest = std::max(m_widest, width);
            fitColumn();
        },
        Qt::QueuedConnection); // not while the view paints

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
    connect(m_timestamps, &QToolButton::toggled, this, [this](bool on) {
        m_model->setShowTimestamps(on);
        m_widest = 0; // the lines are as wide as they are painted now
        m_delegate->resetWidest();
        fitColumn();
    });
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
    connect(m_searcher, &LogSearch::finished, this, &LogView::onSearchFinished);
    connect(m_searcher, &LogSearch::failed, this, &LogView::problem);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &LogView::poll);
}

void LogView::setRun(const incident::IncidentStore *store, qint64 runEventId)
{
    m_searcher->cancel(); // a search over the previous run is void
    m_status->setText(isExporting() ? tr("writing full log…") : QString());
    m_model->setRun(store, runEventId);
    m_widest = 0;
    m_delegate->resetWidest();
    fitColumn();
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

bool LogView::isLive() const { return m_poll->isActive(); }

void LogView::fitColumn()
{
    m_view->horizontalHeader()->resizeSection(0, std::max(m_widest, m_view->viewport()->width()));
}

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumn();
    return QWidget::eventFilter(watched, event);
}

bool LogView::isFollowing() const { return m_follow->isChecked(); }
void LogView::setFollowing(bool follow) { m_follow->setChecked(follow); }

void LogView::poll() { m_model->refresh(); }

void LogView::find(const QString &text, bool backwards)
{
    if (text.isEmpty())
        return;
    const QModelIndex current = m_view->currentIndex();
    const qint64 start = current.isValid() ? current.row() + (backwards ? -1 : 1)
                                           : (backwards ? m_model->rowCount() - 1 : 0);
    m_status->setText(tr("searching…"));
    setFollowing(false);
    m_searcher->start(m_model->store(), m_model->runEventId(), m_model->rowCount(), text, start,
                      backwards);
}

void LogView::onSearchFinished(qint64 row)
{
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex hit = m_model->index(int(row));
        m_view->setCurrentIndex(hit);
        m_view->scrollTo(hit, QAbstractItemView::PositionAtCenter);
    }
    m_status->setText(row < 0 ? tr("not found") : tr("line %L1").arg(row + 1));
    Q_EMIT searchFinished(int(row));
}

void LogView::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // From the store, not the pane's cache: on a shared store, rows scrolled past quickly
    // may not have arrived yet, and a copy must not hold blank lines for them.
    const qint64 first = rows.constFirst().row();
    const auto lines = m_model->readLines(first, int(rows.constLast().row() - first + 1));
    if (!lines) {
        Q_EMIT problem(lines.error);
        return;
    }
    QStringList text;
    for (const QModelIndex &index : std::as_const(rows)) {
        const qint64 at = index.row() - first;
        if (at < lines->size())
            text << m_model->displayText(lines->at(at));
    }
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool LogView::isExporting() const { return m_export && m_export->isRunning(); }

QString LogView::statusText() const { return m_status->text(); }

void LogView::openFullLog()
{
    if (isExporting()) {
        m_status->setText(tr("still writing the full log…"));
        return;
    }
    if (!m_model->store() || m_model->runEventId() == 0) {
        Q_EMIT problem(tr("No output to open yet: run a step, or pick one that has run."));
        return;
    }
    delete m_export; // a finished or failed one
    const QString path = QDir::temp().filePath(
        QStringLiteral("rollcage-run-%1.log").arg(m_model->runEventId()));
    m_export = new LogExport(m_model->store(), m_model->runEventId(), path, this);
    connect(m_export, &LogExport::finished, this, &LogView::onExportFinished);
    connect(m_export, &LogExport::failed, this, [this](const QString &error) {
        m_status->clear();
        Q_EMIT problem(error);
    });
    if (m_export->start())
        m_status->setText(tr("writing full log…"));
}

void LogView::onExportFinished(const QString &path)
{
    // The file name only: a long path would widen the bar (and the window).
    // Short: the page's message line says where it went; the search keeps its room.
    m_status->setText(tr("full log written"));
    m_status->setToolTip(QDir::toNativeSeparators(path));
    Q_EMIT fullLogWritten(path);
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT notice(tr("Full log opened: %1").arg(QDir::toNativeSeparators(path)));
    else
        Q_EMIT notice(tr("Full log written to %1 (no program here opens log files).")
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace rollcage::gui
