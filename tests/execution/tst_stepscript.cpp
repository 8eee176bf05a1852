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

QTEST_GUILESS_MAIN(TestStepScript)
#include "tst_stepscript.moc"
