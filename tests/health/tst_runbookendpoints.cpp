#include "health/BaseUrls.h"
#include "health/RunbookEndpoints.h"
#include "incident/Events.h"
#include "runbook/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

using namespace rollcage::health;
using rollcage::runbook::Importer;
using rollcage::runbook::Runbook;

namespace {

Runbook fixture(const QString &name)
{
    const auto rb = Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/") + name);
    if (!rb)
        qFatal("cannot read fixture %s: %s", qPrintable(name), qPrintable(rb.error));
    return *rb;
}

QStringList describe(const QList<RunbookEndpoint> &found)
{
    QStringList out;
    for (const RunbookEndpoint &e : found)
        out.append(QStringLiteral("%1%2%3 @%4")
                       .arg(e.relative ? QStringLiteral("[") + e.target + QStringLiteral("] ") : QString(),
                            e.headOnly ? QStringLiteral("HEAD ") : QString(), e.address)
                       .arg(e.line));
    return out;
}

} // namespace

class TestRunbookEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("rollcage-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runbookendpoints"));
    }

    // What the operator would see listed as the runbook's health checks, each at the
    // line it was written on; uploads, webhooks and downloads are not probes.
    void findsTheEndpointsTheRunbookNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fixture") << "endpoints.md"
                                 << QStringList{
                                        QStringLiteral("[backend] /health @11"),
                                        QStringLiteral("[frontend] HEAD / @12"),
                                        QStringLiteral("https://api.${DOMAIN}/health/detailed @22"),
                                        QStringLiteral("HEAD https://www.orderly.example/ @23"),
                                        QStringLiteral("http://localhost:8001/health @28"),
                                        QStringLiteral("https://api.orderly.example/health/detailed @31"),
                                        QStringLiteral("[] /status @34"),
                                    };
        QTest::newRow("nothing to probe") << "endpoints-none.md" << QStringList{};
    }

    void findsTheEndpointsTheRunbookNames()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(findEndpoints(fixture(file))), expected);
    }

    void resolvesAgainstVariablesAndBaseUrls()
    {
        const auto endpoints = findEndpoints(fixture(QStringLiteral("endpoints.md")));
        QCOMPARE(targetsNeeded(endpoints),
                 (QStringList{QString(), QStringLiteral("backend"), QStringLiteral("frontend")}));
        const BaseUrls bases{{QString(), QUrl(QStringLiteral("https://shop.staging.example.com/"))},
                             {QStringLiteral("frontend"), QUrl(QStringLiteral("https://www.staging.example.com"))}};
        const ResolvedChecks resolved =
            resolveEndpoints(endpoints, {{QStringLiteral("DOMAIN"), QStringLiteral("orderly.example")}}, bases);
        QVERIFY2(resolved.unresolved.isEmpty(), qPrintable(resolved.unresolved.join(QLatin1Char('\n'))));
        QStringList urls;
        for (const HealthCheckSpec &c : resolved.checks)
            urls.append(QStringLiteral("%1%2 (%3) @%4")
                            .arg(c.headOnly ? QStringLiteral("HEAD ") : QString(), c.url.toString(), c.name)
                            .arg(c.line));
        // The backend has no base URL of its own: it uses the service's. The literal
        // api.orderly.example line is the same endpoint as ${DOMAIN}'s and probes once.
        QCOMPARE(urls, (QStringList{
                           QStringLiteral("https://shop.staging.example.com/health (backend /health) @11"),
                           QStringLiteral("HEAD https://www.staging.example.com/ (frontend HEAD /) @12"),
                           QStringLiteral("https://api.orderly.example/health/detailed "
                                          "(https://api.${DOMAIN}/health/detailed) @22"),
                           QStringLiteral("HEAD https://www.orderly.example/ (HEAD https://www.orderly.example/) @23"),
                           QStringLiteral("http://localhost:8001/health (http://localhost:8001/health) @28"),
                           QStringLiteral("https://shop.staging.example.com/status (/status) @34"),
                       }));
    }

    void saysWhatIsMissingInsteadOfGuessing()
    {
        const ResolvedChecks resolved =
            resolveEndpoints(findEndpoints(fixture(QStringLiteral("endpoints.md"))), {}, {});
        QCOMPARE(resolved.checks.size(), 3); // the three complete URLs
        QCOMPARE(resolved.unresolved,
                 (QStringList{QStringLiteral("line 11: /health needs a base URL for backend"),
                              QStringLiteral("line 12: / needs a base URL for frontend"),
                              QStringLiteral("line 22: https://api.${DOMAIN}/health/detailed needs a value for DOMAIN"),
                              QStringLiteral("line 34: /status needs a base URL for the service")}));
    }

    void baseUrlsAreCheckedBeforeUse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << " https://api.staging.example.com/ " << "https://api.staging.example.com" << "";
        QTest::newRow("with path") << "http://127.0.0.1:8080/v2" << "http://127.0.0.1:8080/v2" << "";
        QTest::newRow("no scheme") << "api.example.com" << ""
                                   << "\"api.example.com\" is not an http:// or https:// URL "
                                      "(e.g. https://api.staging.example.com)";
        QTest::newRow("query") << "https://a.example.com/?x=1" << ""
                               << "\"https://a.example.com/?x=1\": a base URL has no ?query or #fragment; the "
                                  "runbook's paths are appended to it";
    }

    void baseUrlsAreCheckedBeforeUse()
    {
        QFETCH(QString, text);
        QUrl url;
        QTEST(checkBaseUrl(text, &url), "error");
        QTEST(url.toString(), "url");
    }

    void baseUrlsAreRememberedPerRunbookAndEnvironment()
    {
        const BaseUrls staging{{QStringLiteral("api"), QUrl(QStringLiteral("https://api.staging.example.com"))}};
        saveBaseUrls(QStringLiteral("Orderly API Rollback"), QStringLiteral("staging"), staging);
        QCOMPARE(loadBaseUrls(QStringLiteral("Orderly API Rollback"), QStringLiteral("staging")), staging);
        QVERIFY(loadBaseUrls(QStringLiteral("Orderly API Rollback"), QStringLiteral("production")).isEmpty());
        QVERIFY(loadBaseUrls(QStringLiteral("Other Runbook"), QStringLiteral("staging")).isEmpty());
        saveBaseUrls(QStringLiteral("Orderly API Rollback"), QStringLiteral("staging"), {});
        QVERIFY(loadBaseUrls(QStringLiteral("Orderly API Rollback"), QStringLiteral("staging")).isEmpty());
    }

    void journalKeepsTheLastBaseUrls()
    {
        rollcage::incident::Event first;
        first.type = rollcage::incident::events::HealthTargets::Name;
        first.data = {{QStringLiteral("targets"), QJsonObject{{QStringLiteral("api"), QStringLiteral("http://a")}}}};
        rollcage::incident::Event other;
        other.type = rollcage::incident::events::NoteAdded::Name;
        rollcage::incident::Event second = first;
        second.data = {{QStringLiteral("targets"), QJsonObject{{QStringLiteral("api"), QStringLiteral("http://b")}}}};
        QCOMPARE(baseUrlsFromJournal({first, second, other}).value(QStringLiteral("api")), QUrl(QStringLiteral("http://b")));
        QVERIFY(baseUrlsFromJournal({other}).isEmpty());
    }

    // The real runbooks: every curl health probe and prose endpoint they contain.
    void seeds_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("github actions") << "000_" << QStringList{QStringLiteral("[] /health @51"), QStringLiteral("[] /status @51")};
        QTest::newRow("azure slots") << "001_"
                                     << QStringList{QStringLiteral("https://fundrbolt-production-api.azurewebsites.net/health @55"),
                                                    QStringLiteral("HEAD https://fundrbolt-production-web.azurestaticapps.net/ @143"),
                                                    QStringLiteral("https://fundrbolt-production-api.azurewebsites.net/health/detailed @266")};
        QTest::newRow("docker compose") << "003_"
                                        << QStringList{QStringLiteral("http://localhost:8001/health @115"),
                                                       QStringLiteral("http://localhost:8001/api/notes @219"),
                                                       QStringLiteral("http://localhost:3000 @380")};
    }

    void seeds()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, expected);
        const QDir dir(QStringLiteral(ROLLCAGE_SEEDS_DIR));
        if (!dir.exists())
            QSKIP("no seed runbooks at ROLLCAGE_SEEDS_DIR");
        const QStringList files = dir.entryList({prefix + QLatin1Char('*')}, QDir::Files);
        if (files.isEmpty())
            QSKIP("this seed is not present");
        const auto rb = Importer::importFile(dir.filePath(files.first()));
        QVERIFY(rb);
        const QStringList found = describe(findEndpoints(*rb));
        for (const QString &e : expected)
            QVERIFY2(found.contains(e), qPrintable(e + QStringLiteral(" not in:\n") + found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRunbookEndpoints)
#include "tst_runbookendpoints.moc"
