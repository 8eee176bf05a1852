#pragma once

#include "core/Result.h"
#include "incident/IncidentState.h"
#include "incident/Team.h"

#include <QObject>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>

namespace rollcage::incident {

class IncidentStore;
class TeamReader;

// This console's place in a team incident: it beats (a presence row that expires unless
// refreshed), keeps the view of who is here and who holds which step up to date (woken
// by the store's notifications, and re-read at every beat so a console that died is seen
// to expire), and takes and releases step claims. The rules themselves are in Team.h.
class TeamSession : public QObject
{
    Q_OBJECT
public:
    TeamSession(IncidentStore *store, qint64 incidentId, QObject *parent = nullptr);
    ~TeamSession() override; // leaves: the row goes, the others see it at once

    // A beat every `intervalMs`, counting as gone `ttlMs` after the last (tests shorten
    // both); call before start().
    void setHeartbeat(int intervalMs, int ttlMs);
    [[nodiscard]] Status start();

    QString console() const { return m_presence.console; }
    const TeamView &view() const { return m_view; }
    // Where this console is ("Prepare", "step 3"), shown to the others.
    void setLocation(const QString &location);
    void setRole(const QString &role);

    // Whether this console may act on the step now, by the claims as last read.
    Status mayAct(const QString &procedure, int stepIndex, const QString &title,
                  StepState state) const;
    // Takes the step for this console (atomically, in the store), taking over a
    // leftover claim of a dead console on a step no longer running; fails naming who
    // holds it otherwise.
    Status claim(const QString &procedure, int stepIndex, const QString &title, StepState state);
    void release(const QString &procedure, int stepIndex);
    // Takes a dead console's claim over (mayTakeOver); the caller journals it.
    Status takeOver(const QString &procedure, int stepIndex, const QString &reason);

    [[nodiscard]] Status refresh();

Q_SIGNALS:
    // Someone joined, left, moved, expired; a claim was taken or released.
    void changed();
    // A beat or a read failed (a lost connection): said, never swallowed.
    void failed(const QString &message);

private:
    // claim(), reading the team view first or trusting the reader's (see there).
    Status claimWith(const QString &procedure, int stepIndex, const QString &title, StepState state,
                     bool readFirst);
    void beat();
    // A beat (when `withBeat`) and a read of the view by the reader thread, or here for a
    // SQLite store; one at a time, a request made meanwhile is sent when it answers.
    void requestRead(bool withBeat);
    void onRead(quint64 serial, const TeamView &view, const QString &error);
    void startReader();
    void stopReader();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    IncidentStore *m_store;
    qint64 m_incidentId;
    Presence m_presence;
    TeamView m_view;
    QTimer m_timer;
    int m_ttlMs = 15000;
    QString m_channel;
    bool m_listening = false;
    int m_beats = 0;
    QList<StepClaim> m_unreleased; // released while the store was away: let go at the next beat
    QThread *m_thread = nullptr;
    TeamReader *m_reader = nullptr; // lives on m_thread
    quint64 m_serial = 0;
    quint64 m_asked = 0;      // the serial awaited, 0 when none
    quint64 m_generation = 0; // counts views read here: an older answer from the reader is dropped
    quint64 m_askedGeneration = 0;
    bool m_again = false;
    bool m_againBeat = false;
    int m_failures = 0; // reads failed in a row
};

} // namespace rollcage::incident
