#include "cli/CheckCommand.h"
#include "runbook/Importer.h"
#include "runbook/RunbookJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int count(const Runbook &rb, Severity severity)
{
    return int(std::count_if(rb.diagnostics.cbegin(), rb.diagnostics.cend(),
                             [&](const Diagnostic &d) { return d.severity == severity; }));
}

const Step *findStep(const Runbook &rb, const QString &title)
{
    for (const Procedure &p : rb.procedures) {
        for (const Step &s : p.steps) {
            if (s.title == title)
                return &s;
        }
    }
    return nullptr;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    // Each fixture runbook against its golden JSON (scripts/regen-golden rewrites them).
    void golden_data()
    {
        QTest::addColumn<QString>("markdown");
        const QDir dir(QStringLiteral(ROLLCAGE_FIXTURES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 6, "the fixture runbooks are missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void golden()
    {
        QFETCH(QString, markdown);
        const QString name = QFileInfo(markdown).fileName();
        const Runbook rb = Importer::importText(readFile(markdown), name);
        // As `rollcage check --json` prints it (scripts/regen-golden writes that).
        const QByteArray actual =
            QJsonDocument(rollcage::cli::checkJson(rb)).toJson(QJsonDocument::Indented);
        const QString goldenPath = markdown.chopped(3) + QStringLiteral(".json");
        const QByteArray expected = readFile(goldenPath);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(goldenPath + u" is missing; run scripts/regen-golden"_s));
        if (QJsonDocument::fromJson(expected) != QJsonDocument::fromJson(actual)) {
            QFile out(QDir::temp().filePath(name + u".actual.json"_s));
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            QFAIL(qPrintable(
                u"%1 differs from its golden file; see %2 (diff it, then run "
                "scripts/regen-golden if the change is intended)"_s.arg(name, out.fileName())));
        }
    }

    void exampleRunbookImportsCleanly()
    {
        const auto rb = Importer::importFile(QStringLiteral(
            ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY(rb.ok());
        QCOMPARE(count(*rb, Severity::Error), 0);
        QCOMPARE(count(*rb, Severity::Warning), 0);
        QCOMPARE(rb->decisions.size(), 5);
        QCOMPARE(rb->triggers.size(), 3);
        QCOMPARE(rb->stakeholders.size(), 4);
        QCOMPARE(rb->templates.size(), 2);
        QCOMPARE(rb->procedures.size(), 3);
        QCOMPARE(rb->statusCadenceMinutes.value_or(-1), 15);
        const Step *record = findStep(*rb, u"Record the rollback with the deploy service"_s);
        QVERIFY(record);
        QStringList names;
        for (const Placeholder &p : record->placeholders)
            names.append(p.name);
        // "fingerprint" is assigned by the step itself; the token is a secret to ask for.
        QVERIFY(!names.contains(u"fingerprint"_s));
        QVERIFY(names.contains(u"LARKSPUR_DEPLOY_TOKEN"_s));
        QVERIFY(record->placeholders.at(names.indexOf(u"LARKSPUR_DEPLOY_TOKEN"_s)).secret);
        const Step *remove = findStep(*rb, u"Delete the bad release directory"_s);
        QVERIFY(remove && remove->destructive);
        QVERIFY(remove->destructiveReason.contains(u"deletes the release"_s));
    }

    void lineNumbersPointAtTheSource()
    {
        const QByteArray md = "# T\n\n## Rollback procedure\n\n1. **First**\n\n   ```bash\n   "
                              "echo one\n   ```\n2. Second step\n";
        const Runbook rb = Importer::importText(md, u"inline.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        QCOMPARE(rb.procedures.first().line, 3);
        QCOMPARE(rb.procedures.first().steps.at(0).line, 5);
        QCOMPARE(rb.procedures.first().steps.at(0).commands.first().line, 8);
        QCOMPARE(rb.procedures.first().steps.at(1).line, 10);
        QCOMPARE(rb.procedures.first().steps.at(1).kind, StepKind::Manual);
    }

    void badInputBecomesDiagnostics_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<int>("severity");
        QTest::newRow("empty") << QByteArray() << u"empty"_s << int(Severity::Error);
        QTest::newRow("whitespace") << QByteArray(" \n\t\n") << u"empty"_s << int(Severity::Error);
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << u"binary"_s << int(Severity::Error);
        QTest::newRow("no procedure") << QByteArray("# Notes\n\nNothing to run.\n")
                                      << u"No rollback procedure"_s << int(Severity::Error);
        QTest::newRow("latin-1 file") << QByteArray("# Rollback\n\n## Restore\n\n1. Caf\xe9\n")
                                      << u"not valid UTF-8"_s << int(Severity::Warning);
        QTest::newRow("unknown annotation")
            << QByteArray("# R\n\n<!-- rollcage: frobnicate -->\n\n## Rollback\n\n1. Go\n")
            << u"Unknown rollcage annotation"_s << int(Severity::Warning);
        QTest::newRow("unreadable deadline")
            << QByteArray(
                   "| Scenario | Severity | Action | Timeline |\n|---|---|---|---|\n"
                   "| Down | High | Roll back | whenever it suits |\n\n## Rollback\n\n1. Go\n")
            << u"not a time"_s << int(Severity::Warning);
        const QByteArray procedure = "\n## Rollback\n\n1. Go\n";
        QTest::newRow("escalation list restarts under one heading")
            << QByteArray("# R\n\n## Escalation\n\n- **Level 1**: A\n- **Level 2**: B\n\n"
                          "* **Level 1**: C\n" + procedure)
            << u"under the same heading"_s << int(Severity::Warning);
        QTest::newRow("escalation level out of order")
            << QByteArray("# R\n\n## Escalation\n\n- **Level 2**: A\n- **Level 1**: B\n" + procedure)
            << u"Renumber the list"_s << int(Severity::Warning);
        QTest::newRow("escalation time goes backwards")
            << QByteArray("# R\n\n## Escalation\n\n- **After 30 min**: A\n- **After 10 min**: B\n" +
                          procedure)
            << u"Reorder the list"_s << int(Severity::Warning);
        QTest::newRow("escalation table time that is a condition")
            << QByteArray("# R\n\n## Escalation\n\n| Level | Contact | After |\n|---|---|---|\n"
                          "| 1 | A | when it gets bad |\n" + procedure)
            << u"shown as the condition for calling this level"_s << int(Severity::Info);
        QTest::newRow("escalation table row without a contact")
            << QByteArray("# R\n\n## Escalation\n\n| Level | Contact |\n|---|---|\n| 1 |  |\n" +
                          procedure)
            << u"names nobody"_s << int(Severity::Warning);
    }
    void badInputBecomesDiagnostics()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        QFETCH(int, severity);
        const Runbook rb = Importer::importText(bytes, u"bad.md"_s);
        const auto it =
            std::find_if(rb.diagnostics.cbegin(), rb.diagnostics.cend(),
                         [&](const Diagnostic &d) { return d.message.contains(messagePart); });
        QVERIFY2(it != rb.diagnostics.cend(), qPrintable(messagePart));
        QCOMPARE(int(it->severity), severity);
        QVERIFY(it->line >= 1);
    }

    void annotationsOverrideHeuristics()
    {
        const QByteArray md =
            "# Drill\n\n## Things to tick\n\n<!-- rollcage: checklist validation -->\n"
            "- Graphs are flat\n- Pager is quiet\n\n## Swap\n\n<!-- rollcage: procedure -->\n\n"
            "### Move traffic\n\n```bash {name=\"move\" timeout=30s confirm=\"blue\"}\nlb move "
            "blue\n```\n\n"
            "<!-- rollcage: template internal -->\n```\nMoved to blue at [time]\n```\n";
        const Runbook rb = Importer::importText(md, u"a.md"_s);
        QCOMPARE(rb.checklists.size(), 1);
        QCOMPARE(rb.checklists.first().phase, ChecklistPhase::Validation);
        QCOMPARE(rb.checklists.first().items.size(), 2);
        QCOMPARE(rb.procedures.size(), 1);
        const Step &st = rb.procedures.first().steps.first();
        QCOMPARE(st.name, u"move"_s);
        QCOMPARE(st.timeoutSeconds.value_or(-1), 30);
        QVERIFY(st.destructive);
        QCOMPARE(st.confirmTarget, u"blue"_s);
        QCOMPARE(rb.templates.size(), 1);
        QCOMPARE(rb.templates.first().audience, u"internal"_s);
    }

    // Escalation as runbooks write it: one level number per contact across an internal and
    // an external list, "L1" tables, and levels called after a time.
    void escalation_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QList<int>>("levels");
        QTest::addColumn<QStringList>("who");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QList<int>>("afterMinutes"); // -1: no time given
        QTest::newRow("internal then partner lists")
            << u"escalation-groups.md"_s << QList<int>{1, 2, 3, 4, 5, 6, 7}
            << QStringList{u"Payments on-call engineer"_s, u"Payments engineering manager"_s,
                           u"Director of Platform"_s, u"Card processor support desk"_s,
                           u"Card processor account manager"_s, u"Cloud provider support"_s,
                           u"Security response team (for suspected fraud)"_s}
            << QStringList{u"In-house"_s, u"In-house"_s, u"In-house"_s, u"Partner escalation"_s,
                           u"Partner escalation"_s, u"Other contacts"_s, u"Other contacts"_s}
            << QList<int>{-1, -1, -1, -1, -1, -1, -1};
        QTest::newRow("L1/L2 table")
            << u"escalation-table.md"_s << QList<int>{1, 2, 3}
            << QStringList{u"Search on-call (PagerDuty)"_s, u"Search tech lead (Phone)"_s,
                           u"Head of Data (Phone)"_s}
            << QStringList{u"Escalation matrix"_s, u"Escalation matrix"_s, u"Escalation matrix"_s}
            << QList<int>{0, 20, 60};
        QTest::newRow("tables: a second contact, a role and its name, channels, times")
            << u"escalation-columns.md"_s << QList<int>{1, 2, 3, 4}
            << QStringList{u"Omar Haddad, 555-0110 (backup contact: Lena Fischer, 555-0111)"_s,
                           u"Billing controller: Ruth Adeyemi (555-0120)"_s,
                           u"Operations duty manager (555-0130, #wren-ops)"_s,
                           u"VP Finance Engineering"_s}
            << QStringList{u"Engineering"_s, u"Finance"_s, u"Operations"_s, u"Leadership"_s}
            << QList<int>{-1, -1, 30, 120};
        QTest::newRow("time-based")
            << u"escalation-timed.md"_s << QList<int>{1, 2, 3, 4}
            << QStringList{u"Page the scheduler on-call"_s, u"Platform team lead"_s,
                           u"VP Engineering"_s, u"Chief Technology Officer"_s}
            << QStringList{u"Escalation"_s, u"Escalation"_s, u"Escalation"_s, u"Escalation"_s}
            << QList<int>{0, 15, 45, 120};
    }
    void escalation()
    {
        QFETCH(QString, fixture);
        QFETCH(QList<int>, levels);
        QFETCH(QStringList, who);
        QFETCH(QStringList, groups);
        QFETCH(QList<int>, afterMinutes);
        const QString path = QDir(QStringLiteral(ROLLCAGE_FIXTURES_DIR)).filePath(fixture);
        const Runbook rb = Importer::importText(readFile(path), fixture);
        QList<int> gotLevels, gotAfter;
        QStringList gotWho, gotGroups;
        for (const EscalationLevel &e : rb.escalation) {
            gotLevels.append(e.level);
            gotWho.append(e.who);
            gotGroups.append(e.group);
            gotAfter.append(e.afterMinutes.value_or(-1));
            QVERIFY(e.line > 0);
        }
        QCOMPARE(gotLevels, levels);
        QCOMPARE(gotWho, who);
        QCOMPARE(gotGroups, groups);
        QCOMPARE(gotAfter, afterMinutes);
        QCOMPARE(count(rb, Severity::Warning), 0);
        QCOMPARE(count(rb, Severity::Error), 0);
    }

    // A partner list numbered from 1 again keeps its own "Level 1" as written, and says
    // where the numbering was carried on.
    void restartedListKeepsItsWrittenLabel()
    {
        const QString name = u"escalation-groups.md"_s;
        const Runbook rb =
            Importer::importText(readFile(QDir(QStringLiteral(ROLLCAGE_FIXTURES_DIR)).filePath(name)), name);
        QCOMPARE(rb.escalation.at(3).label, u"Level 1"_s);
        QCOMPARE(rb.escalation.at(3).level, 4);
        QVERIFY(rb.escalation.at(5).label.isEmpty()); // a plain list position
        const auto it = std::find_if(rb.diagnostics.cbegin(), rb.diagnostics.cend(),
                                     [](const Diagnostic &d) { return d.message.contains(u"again"_s); });
        QVERIFY(it != rb.diagnostics.cend());
        QCOMPARE(it->severity, Severity::Info);
        QCOMPARE(it->line, rb.escalation.at(3).line);
    }

    // Two lists under one heading, each introduced by its own line: the line names the group.
    void introducedListsUnderOneHeading()
    {
        const QByteArray md = "# R\n\n## Escalation\n\n**Our team:**\n\n1. **Level 1**: On-call\n"
                              "2. **Level 2**: Lead\n\n**Hosting vendor:**\n\n1. **Level 1**: Support "
                              "desk\n\n## Rollback\n\n1. Go\n";
        const Runbook rb = Importer::importText(md, u"two.md"_s);
        QCOMPARE(rb.escalation.size(), 3);
        QCOMPARE(rb.escalation.at(0).group, u"Our team"_s);
        QCOMPARE(rb.escalation.at(2).group, u"Hosting vendor"_s);
        QCOMPARE(rb.escalation.at(2).level, 3);
        QCOMPARE(rb.escalation.at(2).who, u"Support desk"_s);
        QCOMPARE(count(rb, Severity::Warning), 0);
    }

    // A contacts section is read as escalation levels in the order written; each guess is
    // said at its line: an order nobody wrote, lists that may be alternatives, a channel
    // that may be no one to call, a contact not filled in.
    void contacts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("who");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QList<int>>("afterMinutes"); // -1: no time given
        QTest::addColumn<QStringList>("diagnostics"); // "line:severity:part of the message"
        QTest::newRow("office hours, then nights")
            << u"contacts-hours.md"_s
            << QStringList{u"Booking team chat: #ferry-bookings"_s,
                           u"On-call developer: see the Opsgenie schedule"_s,
                           u"Page the on-call developer through Opsgenie"_s,
                           u"platform manager"_s} // "if the page goes unanswered" is its condition
            << QStringList{u"Office hours"_s, u"Office hours"_s, u"Nights and weekends"_s,
                           u"Nights and weekends"_s}
            << QList<int>{-1, -1, -1, -1}
            << QStringList{u"16:info:without saying in which order"_s,
                           u"20:info:are alternatives (office hours, nights)"_s};
        QTest::newRow("directory under a quick reference")
            << u"contacts-directory.md"_s
            << QStringList{u"Transcoder on-call: [pager number]"_s,
                           u"Media platform team: #media-platform"_s,
                           u"Incident room: #inc-media"_s, u"Storage vendor: TBD"_s}
            << QStringList{u"Key contacts"_s, u"Key contacts"_s, u"Key contacts"_s,
                           u"Key contacts"_s}
            << QList<int>{-1, -1, -1, -1}
            << QStringList{u"21:info:without saying in which order"_s,
                           u"21:warning:no way to reach them yet"_s,
                           u"23:info:where the incident is discussed"_s,
                           u"24:warning:no way to reach them yet"_s};
        QTest::newRow("contacts as tables, the role beside the name")
            << u"contacts-table.md"_s
            << QStringList{u"Pipeline on-call: Priya Raman (pager 555-0199)"_s,
                           u"Platform lead: [name] ([phone/slack])"_s,
                           u"Incident channel (#inc-heron)"_s,
                           u"Queue vendor support: support@queue.example"_s,
                           u"Storage vendor: TBD"_s}
            << QStringList{u"Contacts"_s, u"Contacts"_s, u"Contacts"_s, u"Vendors"_s,
                           u"Vendors"_s}
            << QList<int>{-1, -1, -1, -1, -1}
            << QStringList{u"15:info:without saying in which order"_s,
                           u"16:warning:no way to reach them yet"_s,
                           u"17:info:where the incident is discussed"_s,
                           u"23:info:without saying in which order"_s,
                           u"24:warning:no way to reach them yet"_s};
        QTest::newRow("numbered contacts with times")
            << u"contacts-ordered.md"_s
            << QStringList{u"Indexer on-call: pager 555-0140"_s,
                           u"Search lead: Dana Okafor, +1 555 0177"_s, u"Director of Search"_s}
            << QStringList{u"Contact information"_s, u"Contact information"_s,
                           u"Contact information"_s}
            << QList<int>{10, -1, 60} << QStringList{};
    }
    void contacts()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, who);
        QFETCH(QStringList, groups);
        QFETCH(QList<int>, afterMinutes);
        QFETCH(QStringList, diagnostics);
        const QString path = QDir(QStringLiteral(ROLLCAGE_FIXTURES_DIR)).filePath(fixture);
        const Runbook rb = Importer::importText(readFile(path), fixture);
        QStringList gotWho, gotGroups;
        QList<int> gotAfter;
        for (int i = 0; i < rb.escalation.size(); ++i) {
            QCOMPARE(rb.escalation.at(i).level, i + 1);
            gotWho << rb.escalation.at(i).who;
            gotGroups << rb.escalation.at(i).group;
            gotAfter << rb.escalation.at(i).afterMinutes.value_or(-1);
        }
        QCOMPARE(gotWho, who);
        QCOMPARE(gotGroups, groups);
        QCOMPARE(gotAfter, afterMinutes);
        const QStringList severities{u"info"_s, u"warning"_s, u"error"_s};
        QStringList got;
        for (const Diagnostic &d : rb.diagnostics) {
            for (const QString &want : diagnostics) {
                const QString part = want.section(u':', 2);
                if (d.message.contains(part)) {
                    got << u"%1:%2:%3"_s.arg(d.line).arg(severities.at(int(d.severity)), part);
                    break;
                }
            }
        }
        QCOMPARE(got, diagnostics);
        QCOMPARE(count(rb, Severity::Error), 0);
        // Only the stakeholder table is no contact list: it stays a stakeholder.
        if (fixture == u"contacts-directory.md"_s)
            QCOMPARE(rb.stakeholders.size(), 1);
    }

    void unreadableFileIsAFailedResult()
    {
        QTemporaryDir dir;
        const auto missing = Importer::importFile(dir.filePath(u"nope.md"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"nope.md"_s));
        const auto directory = Importer::importFile(dir.path());
        QVERIFY(!directory.ok());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
