// Pre-flight: what a run needs, checked before step 1 and said all at once.
#include "execution/DeclarationValues.h"
#include "execution/Preflight.h"
#include "execution/StepScript.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::execution;

namespace {
runbook::Step step(const QString &title, const QString &code, const QList<runbook::Placeholder> &p = {})
{
    runbook::Step s;
    s.title = title;
    s.kind = runbook::StepKind::Command;
    s.commands.append({QStringLiteral("bash"), code, 10, {}});
    s.placeholders = p;
    return s;
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programs_data();
    void programs();
    void everythingAtOnce();
    void aValueAnEarlierStepSetsIsNotMissing();
    void bashsOwnVariablesAreNotAsked();
};

void TestPreflight::programs_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("programs");
    QTest::newRow("plain") << "kubectl rollout undo deploy/web" << QStringList{"kubectl"};
    QTest::newRow("pipeline and list") << "az webapp list | jq '.[]' && echo done; curl -f x"
                                       << QStringList{"az", "jq", "curl"};
    QTest::newRow("prefixes") << "sudo systemctl restart web\nif ! pg_isready; then exit 1; fi"
                              << QStringList{"systemctl", "pg_isready"};
    QTest::newRow("assignment before and substitution")
        << "LATEST=$(aws s3 ls s3://b | tail -1)\nPGPASSWORD=x psql -c 'select 1'"
        << QStringList{"aws", "tail", "psql"};
    QTest::newRow("builtins, keywords, functions, variables")
        << "cd /opt && export A=1\nlog() { printf '%s\\n' \"$1\"; }\nlog hi\nfor f in *; do "
           "\"$TOOL\" \"$f\"; done\n[ -f x ] || true"
        << QStringList{};
    QTest::newRow("continuation and comment") << "helm rollback web \\\n  3 # kubectl would too"
                                              << QStringList{"helm"};
    QTest::newRow("heredoc body is not commands") << "cat <<EOF\nkubectl delete all\nEOF\nredis-cli ping"
                                                  << QStringList{"cat", "redis-cli"};
    QTest::newRow("scripts by path") << "./scripts/rollback.sh v2\n/usr/bin/env true"
                                     << QStringList{"./scripts/rollback.sh", "/usr/bin/env"};
}

void TestPreflight::programs()
{
    QFETCH(QString, code);
    QFETCH(QStringList, programs);
    QCOMPARE(calledPrograms(code), programs);
}

void TestPreflight::everythingAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("scripts")));
    QFile script(dir.filePath(QStringLiteral("scripts/present.sh")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    runbook::Procedure p;
    p.title = QStringLiteral("Roll back");
    using P = runbook::Placeholder;
    p.steps = {step(QStringLiteral("Swap"), QStringLiteral("rollcage-no-such-tool-1 swap \"${SLOT}\""),
                    {{QStringLiteral("SLOT"), QStringLiteral("${SLOT}"), P::Style::Brace, false, {}}}),
               step(QStringLiteral("Again"), QStringLiteral("rollcage-no-such-tool-1 check\n./scripts/present.sh")),
               step(QStringLiteral("Script"), QStringLiteral("./scripts/missing.sh --now\nbash -c true"))};
    PreflightInput input;
    input.procedures = {p};
    input.workingDirectory = dir.path();
    const QList<PreflightProblem> problems = preflight(input);
    QCOMPARE(problems.size(), 3);
    const QString text = describePreflight(problems);
    QVERIFY2(text.contains(QStringLiteral("No value for SLOT, needed by step 1 of \u201cRoll back\u201d. "
                                          "Give it a value (--var SLOT=…")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("`rollcage-no-such-tool-1` is not installed, needed by steps 1–2 "
                                          "of \u201cRoll back\u201d.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("`./scripts/missing.sh` does not exist, run by step 3")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("present.sh")));
    QVERIFY(!text.contains(QStringLiteral("`bash`")));

    input.workingDirectory = dir.filePath(QStringLiteral("gone"));
    input.values.insert(QStringLiteral("SLOT"), QStringLiteral("blue"));
    const QString gone = describePreflight(preflight(input));
    QVERIFY2(gone.startsWith(QStringLiteral("The working directory %1 does not exist.").arg(input.workingDirectory)),
             qPrintable(gone));
}

void TestPreflight::aValueAnEarlierStepSetsIsNotMissing()
{
    runbook::Procedure p;
    p.title = QStringLiteral("Restore");
    using P = runbook::Placeholder;
    p.steps = {step(QStringLiteral("Find"), QStringLiteral("LATEST=$(ls -t /tmp | head -1)")),
               step(QStringLiteral("Use"), QStringLiteral("echo \"$LATEST\""),
                    {{QStringLiteral("LATEST"), QStringLiteral("$LATEST"), P::Style::Dollar, false, {}}})};
    PreflightInput input;
    input.procedures = {p};
    input.workingDirectory = QDir::tempPath();
    QVERIFY2(preflight(input).isEmpty(), qPrintable(describePreflight(preflight(input))));
}

// $EPOCHREALTIME, $RANDOM, ${BASH_VERSION}: bash gives them a value in every step, so
// neither pre-flight nor the values form asks the operator for one, and the step runs.
void TestPreflight::bashsOwnVariablesAreNotAsked()
{
    using P = runbook::Placeholder;
    const QString code = QStringLiteral(
        "echo \"$EPOCHREALTIME $RANDOM ${BASH_VERSION} $SECONDS\" >\"$OUT\"");
    runbook::Procedure p;
    p.title = QStringLiteral("Stamp");
    p.steps = {step(QStringLiteral("Stamp"), code,
                    {{QStringLiteral("EPOCHREALTIME"), QStringLiteral("$EPOCHREALTIME"), P::Style::Dollar, false, {}},
                     {QStringLiteral("RANDOM"), QStringLiteral("$RANDOM"), P::Style::Dollar, false, {}},
                     {QStringLiteral("BASH_VERSION"), QStringLiteral("${BASH_VERSION}"), P::Style::Brace, false, {}},
                     {QStringLiteral("SECONDS"), QStringLiteral("$SECONDS"), P::Style::Dollar, false, {}},
                     {QStringLiteral("OUT"), QStringLiteral("$OUT"), P::Style::Dollar, false, {}}})};
    PreflightInput input;
    input.procedures = {p};
    input.workingDirectory = QDir::tempPath();
    const QList<PreflightProblem> problems = preflight(input);
    QCOMPARE(problems.size(), 1); // OUT is the runbook's own: that one is asked
    QCOMPARE(problems.first().name, QStringLiteral("OUT"));
    QStringList asked;
    for (const NeededValue &v : neededValues({}, p))
        asked << v.name;
    QCOMPARE(asked, QStringList{QStringLiteral("OUT")});

    // The script leaves them to bash, and bash fills them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("stamp"));
    const auto script = buildStepScript(p.steps.first(), {{QStringLiteral("OUT"), out}}, {});
    QVERIFY2(script, qPrintable(script.error));
    QVERIFY(script->code.contains(QStringLiteral("$EPOCHREALTIME $RANDOM ${BASH_VERSION}")));
    QProcess bash;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = script->env.cbegin(); it != script->env.cend(); ++it)
        env.insert(it.key(), it.value());
    bash.setProcessEnvironment(env);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script->code});
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(bash.exitCode(), 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList words = QString::fromUtf8(f.readAll()).split(QLatin1Char(' '));
    QCOMPARE(words.size(), 4);
    for (const QString &w : words)
        QVERIFY2(!w.trimmed().isEmpty(), qPrintable(words.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
