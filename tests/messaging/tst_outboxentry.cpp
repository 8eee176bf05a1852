#include "incident/Events.h"
#include "messaging/OutboxEntry.h"

#include <QTest>
#include <QTimeZone>

using namespace rollcage::messaging;
using namespace Qt::StringLiterals;
using rollcage::incident::Event;
namespace events = rollcage::incident::events;

namespace {

Event ev(qint64 at, const QString &type, const QJsonObject &data)
{
    Event e;
    e.atMs = at;
    e.type = type;
    e.data = data;
    return e;
}

Event queued(qint64 at, const QString &key, const QString &channel = QStringLiteral("ops"))
{
    return ev(at, events::MessageQueued::Name,
              {{QStringLiteral("key"), key},
               {QStringLiteral("channel"), channel},
               {QStringLiteral("kind"), QStringLiteral("slack")},
               {QStringLiteral("title"), QStringLiteral("T")},
               {QStringLiteral("text"), QStringLiteral("body")}});
}

Event failed(qint64 at, const QString &key, int attempt, qint64 next)
{
    return ev(at, events::MessageAttemptFailed::Name,
              {{QStringLiteral("key"), key},
               {QStringLiteral("attempt"), attempt},
               {QStringLiteral("error"), QStringLiteral("HTTP 500")},
               {QStringLiteral("http_status"), 500},
               {QStringLiteral("next_attempt_ms"), next}});
}

Event sent(qint64 at, const QString &key)
{
    return ev(at, events::MessageSent::Name,
              {{QStringLiteral("key"), key}, {QStringLiteral("http_status"), 200}});
}

} // namespace

class TestOutboxEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshMessageWaitsForItsFirstTry()
    {
        const auto outbox = deriveOutbox({queued(1000, QStringLiteral("k1"))});
        QCOMPARE(outbox.size(), 1);
        const OutboxEntry &e = outbox.first();
        QCOMPARE(e.state, DeliveryState::Waiting);
        QCOMPARE(e.kind, ChannelKind::Slack);
        QCOMPARE(e.queuedMs, 1000);
        QCOMPARE(e.nextAttemptMs, 1000);
        QCOMPARE(e.attempts, 0);
    }

    void failuresShowErrorAndNextAttempt()
    {
        const auto outbox = deriveOutbox({queued(1000, QStringLiteral("k1")),
                                          failed(1100, QStringLiteral("k1"), 1, 6100),
                                          failed(6200, QStringLiteral("k1"), 2, 16200)});
        const OutboxEntry &e = outbox.first();
        QCOMPARE(e.state, DeliveryState::Waiting);
        QCOMPARE(e.attempts, 2);
        QCOMPARE(e.lastError, QStringLiteral("HTTP 500"));
        QCOMPARE(e.lastHttpStatus, 500);
        QCOMPARE(e.lastAttemptMs, 6200);
        QCOMPARE(e.nextAttemptMs, 16200);
        QCOMPARE(e.queuedMs, 1000); // waiting since
    }

    void firstOutcomeStands()
    {
        const auto outbox = deriveOutbox(
            {queued(1000, QStringLiteral("k1")), failed(1100, QStringLiteral("k1"), 1, 2000),
             sent(2100, QStringLiteral("k1")), failed(2200, QStringLiteral("k1"), 3, 9000),
             ev(2300, events::MessageAbandoned::Name,
                {{QStringLiteral("key"), QStringLiteral("k1")}})});
        const OutboxEntry &e = outbox.first();
        QCOMPARE(e.state, DeliveryState::Delivered);
        QCOMPARE(e.attempts, 2);
        QCOMPARE(e.deliveredMs, 2100);
        QVERIFY(!e.isOpen());
    }

    void abandonedWithReason()
    {
        const auto outbox =
            deriveOutbox({queued(1000, QStringLiteral("k1")),
                          ev(1500, events::MessageAbandoned::Name,
                             {{QStringLiteral("key"), QStringLiteral("k1")},
                              {QStringLiteral("reason"), QStringLiteral("sent by phone")}})});
        QCOMPARE(outbox.first().state, DeliveryState::Abandoned);
        QCOMPARE(outbox.first().abandonReason, QStringLiteral("sent by phone"));
    }

    void keepsQueueOrderAndIgnoresForeignEvents()
    {
        const auto outbox = deriveOutbox(
            {queued(1000, QStringLiteral("b")),
             queued(1001, QStringLiteral("a"), QStringLiteral("teams")),
             queued(1002, QStringLiteral("b")), // a repeated key is the same message
             ev(1003, events::MessageSent::Name,
                {{QStringLiteral("channel"), QStringLiteral("email")}}), // by hand
             sent(1004, QStringLiteral("unknown")), ev(1005, events::NoteAdded::Name, {})});
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox.at(0).key, QStringLiteral("b"));
        QCOMPARE(outbox.at(1).key, QStringLiteral("a"));
        QCOMPARE(outbox.at(1).channel, QStringLiteral("teams"));
        QVERIFY(outbox.at(0).isOpen() && outbox.at(1).isOpen());
    }

    // What the Communicate page shows next to each message (TZ=UTC for the clock).
    void describesWhereAMessageStands_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("waitsFor");
        QTest::addColumn<qint64>("nextMs");
        QTest::addColumn<QString>("expected");
        const qint64 start = 1773458825000; // 2026-03-14 03:27:05 UTC
        const auto waiting = int(DeliveryState::Waiting);
        QTest::newRow("fresh") << waiting << 0 << QString() << start << u"Waiting since 03:27:05"_s;
        QTest::newRow("failed, retry in seconds")
            << waiting << 1 << QString() << start + 65000
            << u"Waiting since 03:27:05 — 1 failed attempt(s), last: HTTP 500 — next try at "
               "03:28:10 (in 5 s)"_s;
        QTest::newRow("failed, retry in minutes")
            << waiting << 3 << QString() << start + 300000
            << u"Waiting since 03:27:05 — 3 failed attempt(s), last: HTTP 500 — next try at "
               "03:32:05 (in 4 min)"_s;
        QTest::newRow("due now")
            << waiting << 2 << QString() << start
            << u"Waiting since 03:27:05 — 2 failed attempt(s), last: HTTP 500"_s;
        QTest::newRow("behind another")
            << waiting << 0 << u"k0"_s << start
            << u"Waiting since 03:27:05 — behind an earlier message to ops-room"_s;
        QTest::newRow("sending") << int(DeliveryState::Sending) << 2 << QString() << start
                                 << u"Sending (attempt 3)…"_s;
        QTest::newRow("delivered") << int(DeliveryState::Delivered) << 3 << QString() << start
                                   << u"Delivered at 03:28:05 (attempt 3)"_s;
        QTest::newRow("abandoned") << int(DeliveryState::Abandoned) << 1 << QString() << start
                                   << u"Given up: told them by phone"_s;
    }

    void describesWhereAMessageStands()
    {
        QFETCH(int, state);
        QFETCH(int, attempts);
        QFETCH(QString, waitsFor);
        QFETCH(qint64, nextMs);
        QFETCH(QString, expected);
        const qint64 start = 1773458825000;
        OutboxEntry e;
        e.channel = u"ops-room"_s;
        e.state = DeliveryState(state);
        e.attempts = attempts;
        e.queuedMs = start;
        e.lastError = u"HTTP 500"_s;
        e.nextAttemptMs = nextMs;
        e.deliveredMs = start + 60000;
        e.abandonReason = u"told them by phone"_s;
        e.waitsFor = waitsFor;
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(start + 60000, QTimeZone::UTC);
        QCOMPARE(describeEntry(e, now), expected);
    }

    void backoffDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("1") << 1 << 5000;
        QTest::newRow("2") << 2 << 10000;
        QTest::newRow("3") << 3 << 20000;
        QTest::newRow("6") << 6 << 160000;
        QTest::newRow("7 capped") << 7 << 300000;
        QTest::newRow("1000 capped") << 1000 << 300000;
    }

    void backoffDoublesUpToTheCap()
    {
        QFETCH(int, failures);
        QFETCH(int, expectedMs);
        QCOMPARE(RetryPolicy{}.delayAfter(failures).count(), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestOutboxEntry)
#include "tst_outboxentry.moc"
