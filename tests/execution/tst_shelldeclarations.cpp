// The session a step leaves, read from what real bash writes: the prelude's two
// `declare -p` dumps, with the values shells really hold (newlines, quotes, control
// characters, arrays, namerefs, a changed IFS).
#include "execution/ShellDeclarations.h"
#include "execution/ShellSession.h"

#include <QProcess>
#include <QTest>

using namespace rollcage::execution;

class TestShellDeclarations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void session_data();
    void session();
    void stepEndedBeforeItsTrap();
    void cutShortDeclarationIsLeftOut();

private:
    static QProcessEnvironment base();
    static QByteArray runReport(const QString &code, int *exitCode = nullptr);
};

// No SHELL or TERM, as under CI or a service unit: bash then defines them itself.
QProcessEnvironment TestShellDeclarations::base()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/root"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("FOO"), QStringLiteral("bar"));
    return env;
}

// The session goes to stdout (fd 1) here; the engine gives it a pipe of its own.
QByteArray TestShellDeclarations::runReport(const QString &code, int *exitCode)
{
    QProcess bash;
    bash.setProcessEnvironment(base());
    bash.setProcessChannelMode(QProcess::SeparateChannels);
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("--noprofile"), QStringLiteral("--norc"), QStringLiteral("-c"),
                scriptPrelude(false, 2, 1) + code + QLatin1Char('\n')});
    if (!bash.waitForFinished(20000))
        qFatal("bash did not finish");
    if (exitCode)
        *exitCode = bash.exitCode();
    return bash.readAllStandardOutput();
}

void TestShellDeclarations::session_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("variables"); // NAME=value, sorted
    QTest::addColumn<QString>("directory");

    QTest::newRow("nothing set") << ":" << QStringList{} << "/";
    QTest::newRow("export and assign")
        << "export STATE_KEY=abc; LATEST=$(echo dump 1.rdb)"
        << QStringList{"LATEST=dump 1.rdb", "STATE_KEY=abc"} << "/";
    QTest::newRow("newline and quotes")
        << "A=$'one\\ntwo'; B='q\"u$o`t\\e'"
        << QStringList{"A=one\ntwo", "B=q\"u$o`t\\e"} << "/";
    QTest::newRow("control characters and unicode")
        << "C=$'t\\tx\\001y\\e'; D='ünï ✓'"
        << QStringList{"C=t\tx\001y\x1b", "D=ünï ✓"} << "/";
    QTest::newRow("the step changes IFS") << "IFS=:; W=1" << QStringList{"W=1"} << "/";
    QTest::newRow("indexed array gives element 0, associative none")
        << "arr=(first 'second one'); declare -A m=([k]=v)" << QStringList{"arr=first"} << "/";
    QTest::newRow("nameref reads its target")
        << "T=target; declare -n R=T" << QStringList{"R=target", "T=target"} << "/";
    QTest::newRow("unchanged environment is not the step's") << "FOO=bar" << QStringList{} << "/";
    QTest::newRow("changed environment is") << "FOO=baz" << QStringList{"FOO=baz"} << "/";
    QTest::newRow("unset leaves it out") << "unset FOO" << QStringList{} << "/";
    QTest::newRow("bash's own SHELL is not the step's") << "echo \"$SHELL\" >&2"
                                                        << QStringList{} << "/";
    QTest::newRow("a SHELL the step sets is")
        << "SHELL=/bin/zsh" << QStringList{"SHELL=/bin/zsh"} << "/";
    QTest::newRow("read and for") << "read -r word <<< hello; for f in a b; do :; done"
                                  << QStringList{"f=b", "word=hello"} << "/";
    QTest::newRow("declared, never set") << "declare u" << QStringList{} << "/";
    QTest::newRow("cd") << "cd /tmp" << QStringList{} << "/tmp";
    QTest::newRow("exit with a status") << "X=1; exit 3" << QStringList{"X=1"} << "/";
}

void TestShellDeclarations::session()
{
    QFETCH(QString, code);
    QFETCH(QStringList, variables);
    QFETCH(QString, directory);
    const QByteArray report = runReport(QStringLiteral("cd /; ") + code);
    const auto s = parseSessionReport(report, base());
    QVERIFY2(s, report.constData());
    QStringList got;
    for (auto it = s->variables.constBegin(); it != s->variables.constEnd(); ++it)
        got.append(it.key() + QLatin1Char('=') + it.value());
    got.sort();
    QCOMPARE(got, variables);
    QCOMPARE(s->directory, directory);
}

// Killed before or while the EXIT trap wrote: no session is taken, so the last one
// stays rather than half of this one (which would unset what the dump did not reach).
void TestShellDeclarations::stepEndedBeforeItsTrap()
{
    const QByteArray full = runReport(QStringLiteral("X=1"));
    QVERIFY(parseSessionReport(full, base()));
    const qsizetype startEnd = full.indexOf('\0');
    QVERIFY(startEnd > 0);
    QVERIFY(!parseSessionReport(full.left(startEnd + 1), base())); // SIGKILL: no trap
    QVERIFY(!parseSessionReport(full.left(full.size() - 1), base())); // cut in the dump
    QVERIFY(!parseSessionReport(QByteArray(), base()));
}

void TestShellDeclarations::cutShortDeclarationIsLeftOut()
{
    const auto d = parseDeclarations("declare -x A=\"1\"\nnot a declaration\n"
                                     "declare -- B=$'x\\ny'\ndeclare -- C=\"cut");
    QCOMPARE(d.size(), 2);
    QCOMPARE(d.value(QStringLiteral("A")).value, QStringLiteral("1"));
    QVERIFY(d.value(QStringLiteral("A")).has('x'));
    QCOMPARE(d.value(QStringLiteral("B")).value, QStringLiteral("x\ny"));
    QVERIFY(!d.contains(QStringLiteral("C")));
}

QTEST_GUILESS_MAIN(TestShellDeclarations)
#include "tst_shelldeclarations.moc"
