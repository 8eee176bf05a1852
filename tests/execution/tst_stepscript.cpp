#include "execution/StepScript.h"

#include <QTest>

using namespace rollcage::execution;
using rollcage::runbook::Placeholder;
using rollcage::runbook::Step;

namespace {
Step stepWith(const QString &code, const QList<Placeholder> &placeholders)
{
    Step s;
    s.title = QStringLiteral("Deploy");
    s.kind = rollcage::runbook::StepKind::Command;
    s.line = 12;
    s.commands.append({QStringLiteral("bash"), code, 14, {}});
    s.placeholders = placeholders;
    return s;
}
Placeholder angle(const QString &name, bool secret = false)
{
    return {
        name, QLatin1Char('<') + name + QLatin1Char('>'), Placeholder::Style::Angle, secret, {}};
}
} // namespace

class TestStepScript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rewrite_data();
    void rewrite();
    void variableNames();
    void missingValuesAreListed();
    void secretsGoToEnvironmentOnly();
    void dryRunQuotesAndMasks();
    void dryRunQuotesForTheContext_data();
    void dryRunQuotesForTheContext();
    void dryRunFillsEveryFormOfAVariable();
};

void TestStepScript::rewrite_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << "kubectl rollout undo deploy/<app>"
                          << "kubectl rollout undo deploy/\"${RC_APP}\"";
    QTest::newRow("double quotes") << "echo \"app is <app> now\""
                                   << "echo \"app is ${RC_APP} now\"";
    QTest::newRow("single quotes") << "psql -c 'select <app>'"
                                   << "psql -c 'select '\"${RC_APP}\"''";
    QTest::newRow("escaped quote") << "echo \\\"<app>"
                                   << "echo \\\"\"${RC_APP}\"";
    QTest::newRow("twice") << "<app> <app>"
                           << "\"${RC_APP}\" \"${RC_APP}\"";
}

void TestStepScript::rewrite()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(rewritePlaceholder(code, QStringLiteral("<app>"), QStringLiteral("RC_APP")), expected);
}

void TestStepScript::variableNames()
{
    QCOMPARE(placeholderVariable(QStringLiteral("postgres-password")),
             QStringLiteral("RC_POSTGRES_PASSWORD"));
    QCOMPARE(placeholderVariable(QStringLiteral("selected backup")),
             QStringLiteral("RC_SELECTED_BACKUP"));
}

void TestStepScript::missingValuesAreListed()
{
    const Step s = stepWith(QStringLiteral("deploy <app> <version>"),
                            {angle(QStringLiteral("app")), angle(QStringLiteral("version"))});
    const auto r = buildStepScript(s, {{QStringLiteral("app"), QStringLiteral("web")}}, {});
    QVERIFY(!r);
    QVERIFY2(r.error.contains(QLatin1String("version")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QLatin1String("app,")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("line 12")), qPrintable(r.error));
    QCOMPARE(missingValues(s, {}), (QStringList{QStringLiteral("app"), QStringLiteral("version")}));
}

void TestStepScript::secretsGoToEnvironmentOnly()
{
    const Step s = stepWith(QStringLiteral("PGPASSWORD=<db-password> psql"),
                            {angle(QStringLiteral("db-password"), true)});
    const auto r =
        buildStepScript(s, {}, {{QStringLiteral("db-password"), QStringLiteral("s3cret")}});
    QVERIFY2(r, qPrintable(r.error));
    QVERIFY(!r->code.contains(QLatin1String("s3cret")));
    QCOMPARE(r->env.value(QStringLiteral("RC_DB_PASSWORD")), QStringLiteral("s3cret"));
    QCOMPARE(r->secretValues, QStringList{QStringLiteral("s3cret")});
}

void TestStepScript::dryRunQuotesAndMasks()
{
    const Step s = stepWith(QStringLiteral("deploy <app> --token <tok>"),
                            {angle(QStringLiteral("app")), angle(QStringLiteral("tok"), true)});
    QCOMPARE(renderForDisplay(s, {{QStringLiteral("app"), QStringLiteral("it's")}}),
             QStringLiteral("deploy 'it'\\''s' --token ••••"));
}

void TestStepScript::dryRunQuotesForTheContext_data()
{
    // What is shown must be safe to copy into a shell: the value stays text.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare") << R"(echo <v>)"
                          << R"(echo '$(id) "x"')";
    QTest::newRow("double quotes") << R"(echo "v=<v>")"
                                   << R"(echo "v=\$(id) \"x\"")";
    QTest::newRow("single quotes") << R"(echo 'v=<v>')"
                                   << R"(echo 'v=''$(id) "x"''')";
    // "$( … )" starts a fresh quoting context, even inside double quotes.
    QTest::newRow("command substitution") << R"re(echo "now: $(cat "<v>/V")")re"
                                          << R"re(echo "now: $(cat "\$(id) \"x\"/V")")re";
}

void TestStepScript::dryRunQuotesForTheContext()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    const Step s = stepWith(code, {angle(QStringLiteral("v"))});
    QCOMPARE(renderForDisplay(s, {{QStringLiteral("v"), QStringLiteral(R"($(id) "x")")}}),
             expected);
}

// The importer keeps one placeholder per name, with the form it saw first; the preview
// must fill the other forms of the same variable too (issue 19: a literal ${RELEASES_DIR}
// on line 2 of the destructive step's preview).
void TestStepScript::dryRunFillsEveryFormOfAVariable()
{
    const Placeholder dir{QStringLiteral("RELEASES_DIR"), QStringLiteral("${RELEASES_DIR:?}"),
                          Placeholder::Style::Brace, false, {}};
    const Placeholder bad{QStringLiteral("BAD"), QStringLiteral("${BAD}"), Placeholder::Style::Brace, false, {}};
    const Step s = stepWith(QStringLiteral("rm -rf \"${RELEASES_DIR:?}/${BAD}\"\nls -1 \"${RELEASES_DIR}\" $RELEASES_DIR "
                                           "$RELEASES_DIR_OLD ${RELEASES_DIR_OLD}"),
                            {dir, bad});
    const QString shown = renderForDisplay(s, {{QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/drill")},
                                               {QStringLiteral("BAD"), QStringLiteral("v2.5.0")}});
    QCOMPARE(shown, QStringLiteral("rm -rf \"/tmp/drill/v2.5.0\"\nls -1 \"/tmp/drill\" '/tmp/drill' "
                                   "$RELEASES_DIR_OLD ${RELEASES_DIR_OLD}"));
}

QTEST_GUILESS_MAIN(TestStepScript)
#include "tst_stepscript.moc"
