#pragma once

#include "core/Result.h"
#include "core/SecretMasker.h"
#include "incident/Events.h"
#include "incident/IncidentState.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace rollcage::incident {

class IncidentFeed;
class IncidentStore;

// `text` with the password of every URL in it (scheme://user:password@host) masked.
QString maskUrlPasswords(const QString &text);

// An incident's journal, and its only writer: every part that records something — the
// engine, the outbox, the report fields, the health checks — appends through here, so
// every free-text field is masked with the incident's known secrets before it reaches the
// store, and everyone reading the incident's state (derived from the events alone) sees
// every event at once.
class Journal : public QObject
{
    Q_OBJECT
public:
    Journal(IncidentStore *store, qint64 incidentId, QObject *parent = nullptr);

    // Reads the events the store holds and derives the state from them.
    [[nodiscard]] Status load();

    qint64 incidentId() const { return m_incidentId; }
    IncidentStore *store() const { return m_store; }
    const QList<Event> &events() const { return m_events; }
    const IncidentState &state() const { return m_state; }

    // Masks the free-text fields of `event` (what people type, what programs say: the
    // fields flagged Text), stores it, folds it into the state and notifies. A failure is
    // also signalled: it must reach the operator, whoever appended.
    template<class E> [[nodiscard]] Result<Event> append(E event, int stepIndex = -1)
    {
        events::maskText(event, [this](const QString &text) { return mask(text); });
        return write(E::Name, events::toJson(event), stepIndex);
    }

    // Folds an event the store could not take into the state, so this process acts on
    // what really happened (a step whose end could not be written is outcome unknown,
    // not running). Its id is 0 and its data says "unrecorded"; it is not in the store.
    template<class E> void assumeUnrecorded(E event, int stepIndex)
    {
        events::maskText(event, [this](const QString &text) { return mask(text); });
        fold(E::Name, events::toJson(event), stepIndex);
    }

    // Team mode, the shared store away (its StoreLink lost): folds `event` in now, as
    // assumeUnrecorded does, and writes it when the store returns — in order, in place of
    // the stand-in, once. False (nothing done) for a store without a link.
    // `atMs`: when it happened (a step's end, from its runner), 0 for now.
    template<class E> bool appendWhenBack(E event, int stepIndex, qint64 atMs = 0)
    {
        events::maskText(event, [this](const QString &text) { return mask(text); });
        return defer(E::Name, events::toJson(event), stepIndex, atMs);
    }

    // The events deferred while the store was away wait while held: a step's end waits for
    // its output, still buffered when the store came back, to be written first (readers
    // take the end as "all of it is there"). Released as often as held.
    void holdDeferred() { ++m_holds; }
    void releaseDeferred();

    // Team mode (PostgreSQL): from now on the events other consoles append are folded in
    // as they are committed, and announced like this console's own (JournalFollow.cpp).
    // Fails on SQLite, where no one else writes live.
    [[nodiscard]] Status follow();
    // The feed while following, else null: step output of other consoles' runs.
    IncidentFeed *feed() const { return m_feed; }

    // Secrets to mask from now on (a step's secret values, what the keychain keeps for
    // the runbook's secret names).
    void addSecrets(const QStringList &values);
    QString mask(const QString &text) const;
    bool masks() const { return m_masker.isActive(); }
    // True while other consoles' events are folded in (absorb), around each appended():
    // a listener that only redraws may wait for the rest of a burst.
    bool absorbing() const { return m_absorbing; }

Q_SIGNALS:
    void appended(const rollcage::incident::Event &event);
    void writeFailed(const QString &message);

private:
    void absorb(const QList<Event> &events);
    Result<Event> write(const QString &type, const QJsonObject &payload, int stepIndex);
    // At `atMs` (0: now); returns the event's time.
    qint64 fold(const QString &type, QJsonObject payload, int stepIndex, qint64 atMs = 0);
    bool defer(const QString &type, const QJsonObject &payload, int stepIndex, qint64 atMs);
    void writeDeferred();
    // `e`, read from the store, is the oldest deferred event (this console's, the same
    // type, step and payload): it takes the stand-in's place, once. False otherwise.
    bool adoptRecorded(const Event &e);
    // The oldest deferred event is recorded as `e`: in the stand-in's place.
    void recordDeferred(const Event &e);

    IncidentStore *m_store;
    qint64 m_incidentId;
    QList<Event> m_events;
    bool m_absorbing = false;
    IncidentState m_state;
    QStringList m_secrets;
    SecretMasker m_masker;
    IncidentFeed *m_feed = nullptr;
    QSet<qint64> m_ids; // the recorded events held, to skip them when read back
    struct Deferred
    {
        QString type;
        QJsonObject payload;
        int stepIndex = -1;
        qint64 atMs = 0; // when it happened; recorded with that time, not the return's
    };
    QList<Deferred> m_deferred; // appendWhenBack's, oldest first
    int m_holds = 0;
};

} // namespace rollcage::incident
