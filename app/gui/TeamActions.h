#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

// Below the presence list in team mode: what this console decides with the others —
// the requests for approval of a step (each with its commands as they will run, to
// approve or refuse with a note), the incident's four-eyes setting, this console's role
// and, for the commander, handing command over. Every action goes through the engine and
// the core's rules; this only shows them and asks for the note.
class TeamActions : public QWidget
{
    Q_OBJECT
public:
    explicit TeamActions(execution::Engine *engine, QWidget *parent = nullptr);

    // Shows the engine's state again (the console calls it at every change).
    void refresh();
    // The requests on show, for tests: their frames are named "approvalRequest".
    int requestCount() const { return int(m_shown.size()); }

Q_SIGNALS:
    // Something to tell the operator (a refusal by the core, an action done).
    void said(const QString &text, bool problem);

private:
    void showRequests();
    void decide(const QString &procedure, int index, bool approve);
    void onFourEyesToggled(bool on);
    void handOver();

    execution::Engine *m_engine;
    QLabel *m_requestsHeading;
    QWidget *m_requests;
    QVBoxLayout *m_requestsLayout;
    QCheckBox *m_fourEyes;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QPushButton *m_handOver;
    QList<qint64> m_shown; // the request event ids on show, to rebuild only on change
};

} // namespace rollcage::gui
