#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

class LogExport;
class LogLineDelegate;
class LogModel;
class LogSearch;

// The live log pane: a virtual view over a step run's stored output, with follow/pause,
// timestamps on demand, search (Ctrl+F, F3), copy and "open full log".
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);

    void setRun(const incident::IncidentStore *store, qint64 runEventId);
    // While live, new lines are picked up several times a second.
    void setLive(bool live);
    bool isLive() const;
    bool isFollowing() const;
    void setFollowing(bool follow);
    LogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    LogLineDelegate *delegate() const { return m_delegate; }

    // Finds the next (or previous) line containing `text`, case-insensitively, without
    // blocking the event loop; searchFinished() reports the row or -1.
    void find(const QString &text, bool backwards = false);
    void copySelection();
    // Writes the whole log to a file under the temp dir and opens it; reports the path.
    // One export at a time; it goes on if another run is shown meanwhile.
    void openFullLog();
    bool isExporting() const;
    QString statusText() const;

Q_SIGNALS:
    void searchFinished(int row);
    void fullLogWritten(const QString &path);
    void problem(const QString &message);
    // News for the page's message line, not a problem (where the full log went).
    void notice(const QString &message);

private:
    void poll();
    void onSearchFinished(qint64 row);
    void onExportFinished(const QString &path);
    // The line column is as wide as the widest line painted, at least the pane's width.
    void fitColumn();
    bool eventFilter(QObject *watched, QEvent *event) override;

    LogModel *m_model;
    QTableView *m_view;
    QToolButton *m_follow;
    QToolButton *m_timestamps;
    QToolButton *m_highlight;
    LogLineDelegate *m_delegate;
    QLineEdit *m_search;
    QLabel *m_status;
    QTimer *m_poll;
    LogSearch *m_searcher;
    LogExport *m_export = nullptr; // the export in progress, a child of this view
    int m_widest = 0;
};

} // namespace rollcage::gui
