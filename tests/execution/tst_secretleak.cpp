// The promise of issue 5, end to end: a secret from the keychain, echoed by a step in
// every way a script might (whole, in pieces across writes, base64, URL- and
// form-encoded, on both streams), shows up nowhere Rollcage writes: not in the SQLite
// file or its WAL, the exported Markdown and HTML reports, the settings file, or the log.
// The matrix of issue 21 on top (everyWayOutIsMasked): printed by `set -x` and by `env`,
// split across a 4 KiB pipe read, typed into every free-text field and into a message
// sent through the outbox, a health URL's password — and scanned for also in every file
// left under $TMPDIR and in what the webhook server received.
// Runs inside tests/keyring-session.sh (a throwaway gnome-keyring).
#include "common/HttpTestServer.h"
#include "execution/Engine.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "integrations/CredentialStore.h"
#include "integrations/KeychainSecretSource.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/Outbox.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportExport.h"
#include "report/ReportFields.h"

#include <QDirIterator>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rollcage;
using namespace rollcage::execution;

namespace {

// Space and URL-reserved characters, so every encoding differs from the raw text.
const QString kSecret = QStringLiteral("Lk9 leak/Tok+en=42?&x");
const QString kScope = QStringLiteral("larch-payments/staging");
const QString kName = QStringLiteral("api-token");

QMutex g_logMutex;
QString g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log += message + QLatin1Char('\n');
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Every form a careless script could print the secret in.
QList<QPair<QString, QByteArray>> secretForms()
{
    const QByteArray raw = kSecret.toUtf8();
    return {
        {QStringLiteral("raw"), raw},
        {QStringLiteral("HTML-escaped"), kSecret.toHtmlEscaped().toUtf8()},
        {QStringLiteral("base64"), raw.toBase64(QByteArray::OmitTrailingEquals)},
        {QStringLiteral("base64url"),
         raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("URL-encoded"), QUrl::toPercentEncoding(kSecret)},
        {QStringLiteral("form-encoded"), QUrl::toPercentEncoding(kSecret, " ").replace(' ', '+')},
    };
}

// Names the first form of the secret found in `bytes`, or an empty string.
QString leakIn(const QByteArray &bytes)
{
    for (const auto &[what, form] : secretForms()) {
        if (bytes.contains(form))
            return what;
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Pieces are separate writes with a pause between, so the reader gets them in separate
// reads; the URL encoding is plain bash (no python3, no jq in the build root).
const char kLeakyScript[] =
    "urlencode() {\n"
    "    local s=\"$1\" out='' c i\n"
    "    for ((i = 0; i < ${#s}; i++)); do\n"
    "        c=\"${s:i:1}\"\n"
    "        case \"$c\" in\n"
    "            [A-Za-z0-9._~-]) out+=\"$c\" ;;\n"
    "            *) out+=$(printf '%%%02X' \"'$c\") ;;\n"
    "        esac\n"
    "    done\n"
    "    printf '%s' \"$out\"\n"
    "}\n"
    "echo \"whole=<api-token>\"\n"
    "printf 'pieces=%s' \"${RC_API_TOKEN:0:6}\"; sleep 0.2; printf '%s\\n' \"${RC_API_TOKEN:6}\"\n"
    "printf 'b64=%s\\n' \"$(printf '%s' \"$RC_API_TOKEN\" | base64 -w0)\"\n"
    "u=$(urlencode \"$RC_API_TOKEN\")\n"
    "printf 'url=%s\\n' \"$u\"\n"
    "printf 'form=%s\\n' \"${u//%20/+}\"\n"
    "echo \"stderr=$RC_API_TOKEN\" >&2\n";


// The other ways a script shows a value: the environment, a write whose 4 KiB boundary
// falls inside the secret (a pipe read ends there), and bash's trace (`set -x`; the
// runner traces every step to follow its line, and names the failing command: its
// trace has the secret expanded in it).
const char kTracingScript[] =
    "set -x\n"
    "env | grep '^RC_API_TOKEN=' | sed 's/^/env:/'\n"
    "printf 'x%.0s' $(seq 1 4093); printf '%s\\n' \"$RC_API_TOKEN\"\n"
    "printf 'y%.0s' $(seq 1 4090); printf '%s' \"$RC_API_TOKEN\" >&2; echo >&2\n"
    "test \"$RC_API_TOKEN\" = 'the old token'\n";

runbook::Runbook leakyRunbook(const char *script = kLeakyScript)
{
    runbook::Step step;
    step.title = QStringLiteral("Call the payments API");
    step.kind = runbook::StepKind::Command;
    step.line = 12;
    const QString code = QString::fromUtf8(script);
    step.commands.append({QStringLiteral("bash"), code, 14, {}});
    step.placeholders.append(
        {kName, QStringLiteral("<api-token>"), runbook::Placeholder::Style::Angle, true, {}});
    runbook::Procedure procedure;
    procedure.title = QStringLiteral("Application rollback");
    procedure.steps.append(step);
    runbook::Runbook rb;
    rb.title = QStringLiteral("Larch Payments Rollback");
    rb.source = QStringLiteral("/runbooks/larch.md");
    rb.text = QStringLiteral("# Larch Payments Rollback\n");
    rb.sha256 = "0f0f";
    rb.procedures.append(procedure);
    return rb;
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Every debug line of every subsystem is in the capture too.
        QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void secretAppearsNowhere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString settings = dir.filePath(QStringLiteral("settings.ini"));
        const QString database = dir.filePath(QStringLiteral("incidents.sqlite"));
        integrations::CredentialStore credentials(nullptr, settings);
        {
            QSignalSpy stored(&credentials, &integrations::CredentialStore::finished);
            credentials.write(kScope, kName, kSecret);
            QVERIFY(stored.wait(10000));
            QVERIFY(stored.first().at(1).value<integrations::CredentialResult>().ok());
        }

        auto store = incident::IncidentStore::open(database);
        QVERIFY2(store.ok(), qPrintable(store.error));
        integrations::KeychainSecretSource secrets(&credentials, nullptr);
        Engine engine(store->get(), &secrets);
        const auto id =
            engine.declare(leakyRunbook(), QStringLiteral("application"),
                           {{}, QStringLiteral("larch-payments"), QStringLiteral("staging"), {}});
        QVERIFY2(id.ok(), qPrintable(id.error));
        QString live;
        connect(&engine, &Engine::output, this,
                [&live](int, OutputStream, const QString &text, qint64) { live += text; });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        const Status started = engine.runStep(0);
        QVERIFY2(started.ok, qPrintable(started.error));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<StepResult>().status, StepStatus::Succeeded);

        // The step really printed every form (masked): the test is not vacuous.
        for (const char *label : {"whole=", "pieces=", "b64=", "url=", "form=", "stderr="})
            QVERIFY2(live.contains(QLatin1String(label) + QStringLiteral("••••")),
                     qPrintable(live));
        QCOMPARE(leakIn(live.toUtf8()), QString());

        const auto report = report::collectReport(**store, *id);
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QString markdown = report::renderMarkdown(*report);
        QVERIFY2(markdown.contains(QStringLiteral("••••")),
                 qPrintable(markdown)); // output is in it
        const QString md = dir.filePath(QStringLiteral("report.md"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(
            report::exportReport(markdown, QStringLiteral("Report"), report::Format::Markdown, md)
                .ok);
        QVERIFY(report::exportReport(markdown, QStringLiteral("Report"), report::Format::Html, html)
                    .ok);

        // While the store is open the WAL holds the latest pages; after closing, the
        // database file does.
        const QStringList files{database, database + QStringLiteral("-wal"), md, html, settings};
        QVERIFY(QFile::exists(database + QStringLiteral("-wal")));
        for (const QString &file : files) {
            const QByteArray bytes = readFile(file);
            QVERIFY2(!bytes.isEmpty(), qPrintable(file));
            QVERIFY2(leakIn(bytes).isEmpty(),
                     qPrintable(leakIn(bytes) + QStringLiteral(" secret in ") + file));
        }
        store->reset();
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files)) {
            const QByteArray bytes = readFile(dir.filePath(file));
            QVERIFY2(leakIn(bytes).isEmpty(),
                     qPrintable(leakIn(bytes) + QStringLiteral(" secret in ") + file));
        }

        const QMutexLocker lock(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "nothing was logged at all: the capture is not working");
        QVERIFY2(leakIn(g_log.toUtf8()).isEmpty(),
                 qPrintable(leakIn(g_log.toUtf8()) + QStringLiteral(" secret in the log")));
    }

    void everyWayOutIsMasked()
    {
        QTemporaryDir base; // everything this test leaves, $TMPDIR included
        QVERIFY(base.isValid());
        const QString tmp = base.filePath(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(tmp));
        const QByteArray previousTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", tmp.toUtf8());
        const auto restoreTmp = qScopeGuard([&] { qputenv("TMPDIR", previousTmp); });
        const QString settings = base.filePath(QStringLiteral("settings.ini"));
        const QString database = base.filePath(QStringLiteral("incidents.sqlite"));
        // The password of a health URL: not in the keychain, a secret all the same.
        const QString urlPassword = QStringLiteral("Hpw-9912-zz");
        const QString healthUrl =
            QStringLiteral("https://probe:%1@api.larch.example/health").arg(urlPassword);
        const auto leakOrPassword = [&](const QByteArray &bytes) {
            return bytes.contains(urlPassword.toUtf8()) ? QStringLiteral("URL password")
                                                         : leakIn(bytes);
        };

        integrations::CredentialStore credentials(nullptr, settings);
        {
            QSignalSpy stored(&credentials, &integrations::CredentialStore::finished);
            credentials.write(kScope, kName, kSecret);
            QVERIFY(stored.wait(10000));
        }
        test::HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/hooks/ops", {200, "ok", "text/plain", 0, false, {}});
        messaging::ChannelDirectory channels(credentials, settings);
        {
            QSignalSpy saved(&channels, &messaging::ChannelDirectory::finished);
            channels.save(QStringLiteral("ops-room"), messaging::ChannelKind::Webhook,
                          server.url(QStringLiteral("/hooks/ops")));
            QVERIFY(saved.wait(10000));
        }

        auto store = incident::IncidentStore::open(database);
        QVERIFY2(store.ok(), qPrintable(store.error));
        integrations::KeychainSecretSource secrets(&credentials, nullptr);
        Engine engine(store->get(), &secrets);
        // The title typed at declaration, with a pasted link that carries its password.
        const auto id = engine.declare(
            leakyRunbook(kTracingScript), QStringLiteral("application"),
            {QStringLiteral("Payments down, see %1").arg(healthUrl),
             QStringLiteral("larch-payments"), QStringLiteral("staging"), {}});
        QVERIFY2(id.ok(), qPrintable(id.error));
        QString live;
        connect(&engine, &Engine::output, this,
                [&live](int, OutputStream, const QString &text, qint64) { live += text; });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0).ok);
        QVERIFY(finished.wait(20000));
        const auto traced = finished.first().at(1).value<StepResult>();
        QCOMPARE(traced.status, StepStatus::Failed);
        // Each way really printed it (masked): env, both 4 KiB splits, the trace.
        QString said; // the lines that are not the 4 KiB fillers, for the failure message
        for (const QString &line : live.split(QLatin1Char('\n')))
            said += line.left(80) + QLatin1Char('\n');
        QVERIFY2(live.contains(QStringLiteral("env:RC_API_TOKEN=••••")), qPrintable(said));
        QVERIFY2(live.contains(QStringLiteral("xxxx••••\n")), qPrintable(said));
        QVERIFY2(live.contains(QStringLiteral("yyyy••••")), qPrintable(said));
        QCOMPARE(leakIn(live.toUtf8()), QString());
        const incident::Event &end = engine.journal().constLast();
        QCOMPARE(end.type, incident::events::StepFinished::Name);
        const QString failedCommand = end.data.value(QLatin1String("failed_command")).toString();
        QVERIFY2(failedCommand.contains(QStringLiteral("test ")), qPrintable(failedCommand));
        QCOMPARE(leakIn(failedCommand.toUtf8()), QString());

        // Every free-text field an operator may paste it into.
        const QString pasted = QStringLiteral("pasted ") + kSecret + QStringLiteral(" here");
        QVERIFY(engine.addNote(0, pasted).ok);
        QVERIFY(engine.recordDecision(QStringLiteral("Errors up"), QStringLiteral("Roll back"),
                                      pasted, std::nullopt)
                    .ok);
        QVERIFY(engine.recordStakeholderNotified(QStringLiteral("Finance"), pasted).ok);
        QVERIFY(engine.setVariable(QStringLiteral("TICKET"), pasted).ok);
        QVERIFY(report::setReportField(*engine.incidentJournal(), QStringLiteral("root_cause"),
                                       pasted)
                    .ok);
        QVERIFY(engine.recordMessageSent(QStringLiteral("phone"), QStringLiteral("CTO"), pasted).ok);
        QVERIFY(engine.recordHealthTargets({{QStringLiteral("api"), healthUrl}}).ok);
        incident::events::HealthResult failed;
        failed.check = QStringLiteral("api");
        failed.detail = QStringLiteral("GET %1 failed").arg(healthUrl);
        failed.url = healthUrl;
        QVERIFY(engine.recordHealthResult(failed).ok);
        QVERIFY(engine.recordHealthAlert(QStringLiteral("api"), QStringLiteral("down"),
                                         QStringLiteral("%1 is down").arg(healthUrl))
                    .ok);
        // And a message through the outbox: the receiver gets it masked too.
        messaging::Outbox outbox(*engine.incidentJournal(), channels);
        QSignalSpy delivered(&outbox, &messaging::Outbox::delivered);
        QVERIFY(outbox.send(QStringLiteral("ops-room"), QStringLiteral("Update ") + kSecret, pasted)
                    .ok());
        QVERIFY(delivered.wait(10000));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(leakOrPassword(server.requests().first().body), QString());

        const auto report = report::collectReport(**store, *id);
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QString markdown = report::renderMarkdown(*report);
        QVERIFY2(markdown.contains(QStringLiteral("pasted •••• here")), qPrintable(markdown));
        for (const auto &[format, name] :
             {std::pair{report::Format::Markdown, "report.md"},
              std::pair{report::Format::Html, "report.html"}})
            QVERIFY(report::exportReport(markdown, QStringLiteral("Report"), format,
                                         base.filePath(QString::fromLatin1(name)))
                        .ok);

        // The WAL while open, then every file the run left, $TMPDIR's included.
        QCOMPARE(leakOrPassword(readFile(database + QStringLiteral("-wal"))), QString());
        store->reset();
        int scanned = 0;
        QDirIterator files(base.path(), QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            ++scanned;
            const QString leak = leakOrPassword(readFile(file));
            QVERIFY2(leak.isEmpty(), qPrintable(leak + QStringLiteral(" in ") + file));
        }
        QVERIFY(scanned >= 4); // database, settings, both exports
        const QMutexLocker lock(&g_logMutex);
        QCOMPARE(leakOrPassword(g_log.toUtf8()), QString());
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
