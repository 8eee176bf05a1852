// What a human reading each of the five third-party runbooks in ../shared/seeds/ would
// extract. Skipped where the seeds are not checked out next to the project.

#include "runbook/Importer.h"

#include <QDir>
#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

namespace {

const Procedure *procedure(const Runbook &rb, const QString &title)
{
    for (const Procedure &p : rb.procedures) {
        if (p.title == title)
            return &p;
    }
    return nullptr;
}

int phaseCount(const Runbook &rb, ChecklistPhase phase)
{
    return int(std::count_if(rb.checklists.cbegin(), rb.checklists.cend(),
                             [&](const Checklist &c) { return c.phase == phase; }));
}

bool hasInfo(const Runbook &rb, const QString &part)
{
    return std::any_of(rb.diagnostics.cbegin(), rb.diagnostics.cend(), [&](const Diagnostic &d) {
        return d.severity == Severity::Info && d.message.contains(part);
    });
}

} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT

    Runbook load(const QString &prefix)
    {
        const QDir dir(QStringLiteral(ROLLCAGE_SEEDS_DIR));
        const QStringList found = dir.entryList({prefix + u"_*"_s}, QDir::Files);
        if (found.isEmpty())
            return {};
        const auto rb = Importer::importFile(dir.filePath(found.first()));
        return rb ? *rb : Runbook{};
    }

private slots:
    void init()
    {
        if (!QDir(QStringLiteral(ROLLCAGE_SEEDS_DIR)).exists())
            QSKIP("the seed runbooks (../shared/seeds) are not present");
    }

    void everySeedImportsWithoutErrors()
    {
        const QDir dir(QStringLiteral(ROLLCAGE_SEEDS_DIR));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files) {
            const auto rb = Importer::importFile(dir.filePath(f));
            QVERIFY(rb.ok());
            QVERIFY2(!rb->hasErrors(), qPrintable(f));
            QVERIFY2(!rb->procedures.isEmpty(), qPrintable(f));
            QVERIFY2(!rb->text.contains(u"âœ"_s) && !rb->text.contains(u"ðŸ"_s) &&
                         !rb->text.contains(u"‚ö†"_s),
                     qPrintable(f + u" still has mojibake"_s));
        }
    }

    // Whatever the seed writes, each level number names one contact and they rise in
    // document order: the journal's level and "next to call" depend on it.
    void escalationLevelsRiseInEverySeed()
    {
        const QDir dir(QStringLiteral(ROLLCAGE_SEEDS_DIR));
        for (const QString &f : dir.entryList(QDir::Files)) {
            const auto rb = Importer::importFile(dir.filePath(f));
            QVERIFY(rb.ok());
            int previous = 0;
            for (const EscalationLevel &e : rb->escalation) {
                QVERIFY2(e.level > previous, qPrintable(f + u":"_s + QString::number(e.line)));
                QVERIFY2(!e.who.isEmpty() && !e.group.isEmpty(), qPrintable(f));
                previous = e.level;
            }
        }
    }

    void seed000FusionNet()
    {
        const Runbook rb = load(u"000"_s);
        QCOMPARE(rb.title, u"Rollback Procedures - FusionNet"_s);
        QVERIFY(hasInfo(rb, u"Windows-1252"_s));
        QCOMPARE(phaseCount(rb, ChecklistPhase::Pre), 1);
        const Checklist &pre = rb.checklists.first();
        QCOMPARE(pre.items.size(), 5);
        QVERIFY(pre.items.first().text.startsWith(u"Confirm the severity"_s)); // ✅ stripped
        QCOMPARE(phaseCount(rb, ChecklistPhase::Post), 1);
        const Procedure *app = procedure(rb, u"4.1 Application Rollback (GitHub Actions)"_s);
        QVERIFY(app);
        QCOMPARE(app->steps.size(), 5);
        QCOMPARE(app->steps.at(1).kind, StepKind::Manual);
        // Its PostgreSQL and Cosmos DB halves are two ways, not one sequence of eight.
        const Procedure *postgres = procedure(
            rb, u"4.2 Database Rollback \u2014 PostgreSQL (Azure Database for PostgreSQL Flexible Server)"_s);
        const Procedure *cosmos = procedure(rb, u"4.2 Database Rollback \u2014 Cosmos DB"_s);
        QVERIFY(postgres && cosmos);
        QCOMPARE(postgres->steps.size(), 4);
        QCOMPARE(cosmos->steps.size(), 4);
        QVERIFY(procedure(rb, u"4.3 Infrastructure Rollback"_s));
        QCOMPARE(rb.escalation.size(), 3);
        // The parenthesis says when to call the CTO, not who it is.
        QCOMPARE(rb.escalation.last().who, u"CTO"_s);
        QCOMPARE(rb.escalation.last().condition, u"in case of production-critical outages"_s);
        QCOMPARE(rb.escalation.last().level, 3);
        QCOMPARE(rb.escalation.first().label, u"Primary"_s);
        QCOMPARE(rb.escalation.first().group, u"Ownership"_s);
    }

    void seed001Fundrbolt()
    {
        const Runbook rb = load(u"001"_s);
        QVERIFY(hasInfo(rb, u"Mac Roman"_s));
        // The Quick Reference procedure index, with times and risks.
        QCOMPARE(rb.procedureIndex.size(), 5);
        QCOMPARE(rb.procedureIndex.last().risk, u"High"_s);
        QCOMPARE(rb.procedureIndex.last().expected.minSeconds.value_or(0), 1800);
        QCOMPARE(rb.procedureIndex.last().expected.maxSeconds.value_or(0), 3600);
        const Procedure *restore = procedure(rb, u"Restore from Backup"_s);
        QVERIFY(restore);
        QCOMPARE(restore->risk, u"High"_s);
        QCOMPARE(restore->expected.maxSeconds.value_or(0), 3600);
        const Procedure *swap = procedure(rb, u"Manual Slot Swap Rollback (Production)"_s);
        QVERIFY(swap);
        QCOMPARE(swap->expected.maxSeconds.value_or(0), 30);
        QVERIFY(swap->whenToUse.contains(u"quickly revert"_s));
        QCOMPARE(swap->steps.first().commands.first().language, u"bash"_s);
        // The rollback script is another way to swap, not a fifth step after the swap.
        QCOMPARE(swap->steps.size(), 4);
        const Procedure *script =
            procedure(rb, u"Manual Slot Swap Rollback (Production) \u2014 Using rollback script"_s);
        QVERIFY(script);
        QCOMPARE(script->steps.size(), 1);
        // The cache is flushed inside redis-cli: "Connect to Redis" opens the session and
        // the flush and the check are typed into it, FLUSHALL and DEL typed-confirmed with
        // the runbook's warning as the reason.
        const Procedure *cache = procedure(rb, u"Clear Cache"_s);
        QVERIFY(cache);
        const Step &connect = cache->steps.first();
        QCOMPARE(connect.interaction, Interaction::Session);
        QVERIFY(connect.interactionReason.contains(u"redis-cli"_s));
        QCOMPARE(connect.sessionLines.size(), 4);
        const SessionLine &flush = connect.sessionLines.first();
        QCOMPARE(flush.command, u"FLUSHALL"_s);
        QVERIFY(flush.label.startsWith(u"Flush all keys"_s));
        QCOMPARE(flush.confirmation, Confirmation::Typed);
        QVERIFY(!flush.confirmationReason.isEmpty());
        QCOMPARE(connect.sessionLines.at(1).confirmation, Confirmation::Typed); // DEL session:*
        QCOMPARE(connect.sessionLines.last().command, u"DBSIZE"_s);
        QCOMPARE(connect.sessionLines.last().confirmation, Confirmation::OneClick);
        // Step 1 assigns REDIS_KEY itself: not a placeholder there.
        QVERIFY(connect.placeholders.isEmpty());
        QCOMPARE(cache->steps.at(1).interaction, Interaction::None); // az webapp restart
        // "SSH into App Service" is a terminal step; the alembic steps after it are its
        // session lines, the downgrades typed-confirmed.
        const Procedure *migration = procedure(rb, u"Rollback Migration"_s);
        QVERIFY(migration);
        QCOMPARE(migration->steps.size(), 1);
        const Step &ssh = migration->steps.first();
        QCOMPARE(ssh.interaction, Interaction::Session);
        QVERIFY(ssh.interactionReason.contains(u"az webapp ssh"_s));
        QCOMPARE(ssh.sessionLines.size(), 5);
        QCOMPARE(ssh.sessionLines.at(0).command, u"poetry run alembic current"_s);
        QCOMPARE(ssh.sessionLines.at(0).confirmation, Confirmation::OneClick);
        QCOMPARE(ssh.sessionLines.at(2).command, u"poetry run alembic downgrade -1"_s);
        QCOMPARE(ssh.sessionLines.at(2).confirmation, Confirmation::Typed);
        QVERIFY(ssh.sessionLines.at(2).label.contains(u"Downgrade one revision"_s));
        // The bash of "SSH into App Service" runs only the ssh command.
        QVERIFY(!ssh.commands.first().code.contains(u"alembic"_s));
        // Two message templates; a post-rollback checklist of nine items.
        QCOMPARE(rb.templates.size(), 2);
        QCOMPARE(rb.templates.first().title, u"Internal Team Notification"_s);
        QVERIFY(rb.templates.first().body.startsWith(u"🚨"_s));
        QCOMPARE(rb.templates.first().placeholders.first().choices,
                 (QStringList{u"Backend"_s, u"Frontend"_s, u"Infrastructure"_s, u"Database"_s}));
        QCOMPARE(phaseCount(rb, ChecklistPhase::Post), 1);
        QCOMPARE(rb.checklists.first().items.size(), 9);
        // Secrets from <password>, <postgres-password> and the deployment token.
        const Procedure *bicep = procedure(rb, u"Bicep Deployment Rollback"_s);
        QVERIFY(bicep);
        QCOMPARE(bicep->steps.at(3).placeholders.first().name, u"postgres-password"_s);
        QVERIFY(bicep->steps.at(3).placeholders.first().secret);
    }

    void seed002VisionForge()
    {
        const Runbook rb = load(u"002"_s);
        QCOMPARE(rb.decisions.size(), 5);
        QCOMPARE(rb.decisions.first().deadlineMinutes.value_or(-1), 15);
        QCOMPARE(rb.decisions.last().action, u"Fix forward"_s);
        QVERIFY(!rb.decisions.last().deadlineMinutes);
        QCOMPARE(phaseCount(rb, ChecklistPhase::Validation), 3);
        const Procedure *emergency = procedure(rb, u"Emergency Rollback (< 15 minutes)"_s);
        QVERIFY(emergency);
        QCOMPARE(emergency->expected.maxSeconds.value_or(0), 15 * 60);
        QCOMPARE(emergency->steps.size(), 4);
        QCOMPARE(emergency->steps.at(1).expected.maxSeconds.value_or(0), 120);
        QVERIFY(emergency->steps.at(2).destructive); // restore
        // LATEST_BACKUP is assigned by the step, so nothing is asked.
        QVERIFY(emergency->steps.at(2).placeholders.isEmpty());
        const Procedure *planned = procedure(rb, u"Planned Rollback (< 30 minutes)"_s);
        QVERIFY(planned);
        QVERIFY(planned->steps.at(2).destructive); // pkill -KILL
        QCOMPARE(planned->steps.at(3).placeholders.first().name, u"selected-backup"_s);
        QCOMPARE(planned->steps.at(1).kind, StepKind::Manual);
        const Procedure *full = procedure(rb, u"Full Database Restore"_s);
        QVERIFY(full);
        QCOMPARE(full->expected.minSeconds.value_or(0), 1800); // "30-60 minutes", range kept
        QCOMPARE(full->expected.maxSeconds.value_or(0), 3600);
        QCOMPARE(full->whenToUse, u"Complete migration failure"_s);
        QCOMPARE(rb.templates.size(), 2);
        QCOMPARE(rb.reportSections.size(), 6);
        QCOMPARE(rb.reportSections.first().title, u"Summary"_s);
        QCOMPARE(rb.escalation.first().who, u"Development Team Lead"_s);
        // An internal and an external list, each numbered from 1: one number per contact,
        // the external one numbered on, each level keeping the list it came from.
        QCOMPARE(rb.escalation.size(), 6);
        for (int i = 0; i < rb.escalation.size(); ++i)
            QCOMPARE(rb.escalation.at(i).level, i + 1);
        QCOMPARE(rb.escalation.at(2).group, u"Internal Escalation"_s);
        QCOMPARE(rb.escalation.at(2).label, u"Level 3"_s);
        QCOMPARE(rb.escalation.at(3).group, u"External Escalation"_s);
        QCOMPARE(rb.escalation.at(3).who, u"Database Vendor Support"_s);
        QCOMPARE(rb.statusCadenceMinutes.value_or(-1), 15);
    }

    void seed003NotesHub()
    {
        const Runbook rb = load(u"003"_s);
        QVERIFY(hasInfo(rb, u"Windows-1252"_s));
        QVERIFY(rb.text.contains(u"❌ Breaking Change"_s));
        QVERIFY(rb.text.contains(u"🔴 ROLLBACK"_s));
        QVERIFY(rb.text.contains(u"┌"_s));
        const Procedure *immediate = procedure(rb, u"Immediate Rollback (< 5 minutes)"_s);
        QVERIFY(immediate);
        QCOMPARE(immediate->expected.maxSeconds.value_or(0), 300);
        // The script's own text is not a step: the Execution block that runs it is, so
        // the rollback runs once, and that step says where the script's text is.
        for (const Step &st : immediate->steps) {
            for (const CodeBlock &c : st.commands)
                QVERIFY2(!c.code.startsWith(u"#!"_s), qPrintable(st.title));
        }
        QVERIFY(immediate->steps.last().description.contains(u"scripts/rollback_immediate.sh"_s));
        QVERIFY(immediate->steps.last().commands.first().code.contains(
            u"./scripts/rollback_immediate.sh"_s));
        const Procedure *emergency = procedure(rb, u"Emergency Rollback (Production Down)"_s);
        QVERIFY(emergency);
        QCOMPARE(emergency->steps.size(), 4);
        QCOMPARE(emergency->steps.first().expected.maxSeconds.value_or(0), 120);
        QCOMPARE(rb.triggers.size(), 4);
        QCOMPARE(rb.triggers.first().condition, u"Error rate"_s);
        QCOMPARE(rb.triggers.first().threshold, u"> 10% for 5 minutes"_s);
        QCOMPARE(rb.templates.size(), 2);
        QCOMPARE(rb.templates.first().title, u"Rollback Initiated"_s);
        QCOMPARE(phaseCount(rb, ChecklistPhase::Post), 3);
        QCOMPARE(rb.checklists.first().items.first().text, u"Verify all systems operational"_s);
    }

    void seed004HoneyLink()
    {
        const Runbook rb = load(u"004"_s);
        QVERIFY(rb.text.contains(u"HoneyLink™"_s));
        QCOMPARE(rb.triggers.size(), 6);
        QCOMPARE(rb.triggers.at(1).threshold, u"P99 >200ms sustained 10 min"_s);
        QCOMPARE(rb.stakeholders.size(), 5);
        QCOMPARE(rb.stakeholders.at(0).deadlineMinutes.value_or(-1), 0);
        QCOMPARE(rb.stakeholders.at(2).deadlineMinutes.value_or(-1), 15);
        QCOMPARE(rb.stakeholders.at(4).deadlineMinutes.value_or(-1), 60);
        QCOMPARE(rb.stakeholders.at(3).channel, u"Status page update"_s);
        const Procedure *blueGreen = procedure(rb, u"Application Rollback (Blue/Green)"_s);
        QVERIFY(blueGreen);
        QCOMPARE(blueGreen->steps.size(), 4);
        QCOMPARE(blueGreen->steps.first().title, u"Switch Traffic"_s);
        const Procedure *db = procedure(rb, u"Database Rollback"_s);
        QVERIFY(db);
        QCOMPARE(db->steps.size(), 4); // the numbered list under "Procedure:"
        QCOMPARE(phaseCount(rb, ChecklistPhase::Post), 1);
    }

    // Seeds 001 and 003 keep whom to call in a contacts section, not an escalation list:
    // read as levels in the order written, each list its own group, and the author told
    // where that reading is a guess (the line of each).
    void contactsSectionsAreEscalationLevels_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<QStringList>("infoParts");
        QTest::addColumn<int>("placeholders"); // contacts not filled in (warnings)
        QTest::newRow("001 office hours and after hours")
            << u"001"_s
            << QStringList{u"During business hours"_s, u"During business hours"_s,
                           u"After hours"_s, u"After hours"_s}
            << QStringList{u"without saying in which order"_s, u"alternatives"_s} << 0;
        QTest::newRow("003 support contacts")
            << u"003"_s
            << QStringList{u"Support Contacts"_s, u"Support Contacts"_s, u"Support Contacts"_s}
            << QStringList{u"without saying in which order"_s, u"where the incident is discussed"_s}
            << 1;
    }
    void contactsSectionsAreEscalationLevels()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, groups);
        QFETCH(QStringList, infoParts);
        QFETCH(int, placeholders);
        const Runbook rb = load(seed);
        QStringList gotGroups;
        for (int i = 0; i < rb.escalation.size(); ++i) {
            QCOMPARE(rb.escalation.at(i).level, i + 1);
            gotGroups << rb.escalation.at(i).group;
        }
        QCOMPARE(gotGroups, groups);
        for (const QString &part : infoParts) {
            const auto it = std::find_if(rb.diagnostics.cbegin(), rb.diagnostics.cend(),
                                         [&](const Diagnostic &d) { return d.message.contains(part); });
            QVERIFY2(it != rb.diagnostics.cend(), qPrintable(part));
            QCOMPARE(it->severity, Severity::Info);
            QVERIFY(std::any_of(rb.escalation.cbegin(), rb.escalation.cend(),
                                [&](const EscalationLevel &e) { return e.line == it->line; }));
        }
        const auto unfilled = std::count_if(rb.diagnostics.cbegin(), rb.diagnostics.cend(), [](const Diagnostic &d) {
            return d.severity == Severity::Warning && d.message.contains(u"no way to reach"_s);
        });
        QCOMPARE(int(unfilled), placeholders);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
