// A real ssh session as a terminal step (issue 18): the test starts its own sshd on
// 127.0.0.1 (a free port, a throwaway host key, a throwaway client key as the only
// authorized one), a runbook's "ssh -p PORT localhost" step opens the session in the
// Engine's pty, and the runbook's session lines are typed into it — a value filled in, a
// secret inserted — and run on the far side ($SSH_CONNECTION says so). The transcript
// is stored, the secret masked in it, and the end of the session asks the outcome.
// Skipped (not failed) where openssh is not installed.
#include "EngineTestBase.h"
#include "runbook/Importer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace rollcage;
using namespace rollcage::enginetest;
using namespace Qt::StringLiterals;

namespace {

// A port nobody listens on now (the kernel's choice, released for sshd).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), size) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

const char kRunbook[] = R"md(# Box drill

## Work on the box

1. **SSH into the box**
   ```bash
   ssh -p "${SSH_PORT}" -i "${BOX_IDENTITY}" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes localhost
   export PS1='box$ '
   echo "release ${RELEASE} on $(printenv SSH_CONNECTION | cut -d' ' -f3-4)"
   echo "token <deploy-token>" | tr a-z A-Z
   exit
   ```
)md";

struct Screen : QObject
{
    QByteArray text;
    explicit Screen(Engine &engine)
    {
        connect(&engine, &Engine::terminalData, this,
                [this](int, const QByteArray &bytes) { text += bytes; });
    }
};

} // namespace

class TestEngineSsh : public EngineTestBase
{
    Q_OBJECT

    QProcess m_sshd;
    QByteArray m_sshdLog;
    QTemporaryDir m_keys;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase()
    {
        const QString sshd = QStandardPaths::findExecutable(u"sshd"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
        const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
        if (sshd.isEmpty() || keygen.isEmpty() || QStandardPaths::findExecutable(u"ssh"_s).isEmpty())
            QSKIP("openssh (sshd, ssh, ssh-keygen) is not installed: scripts/packages.txt lists it");
        QVERIFY(m_keys.isValid());
        const QString dir = m_keys.path();
        QVERIFY(run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, dir + u"/host_key"_s}));
        QVERIFY(run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, dir + u"/client_key"_s}));
        QVERIFY(QFile::copy(dir + u"/client_key.pub"_s, dir + u"/authorized_keys"_s));
        // Run as root (CI), sshd wants its privilege separation directory.
        if (::geteuid() == 0)
            QDir().mkpath(u"/run/sshd"_s);
        m_port = freePort();
        QVERIFY(m_port > 0);
        QFile config(dir + u"/sshd_config"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2/host_key\n"
                                    "AuthorizedKeysFile %2/authorized_keys\nPidFile none\n"
                                    "StrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                                    "KbdInteractiveAuthentication no\n"
                                    "PermitRootLogin prohibit-password\n")
                         .arg(m_port)
                         .arg(dir)
                         .toUtf8());
        config.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        connect(&m_sshd, &QProcess::readyRead, this, [this] { m_sshdLog += m_sshd.readAll(); });
        // -D: in the foreground, ended by the test; -e: its log on stderr.
        m_sshd.start(sshd, {u"-D"_s, u"-e"_s, u"-f"_s, config.fileName()});
        QVERIFY2(m_sshd.waitForStarted(10000), qPrintable(m_sshd.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(m_sshdLog.contains("Server listening on 127.0.0.1 port") ||
                                      m_sshd.state() == QProcess::NotRunning,
                                  m_sshdLog.constData(), 20000);
        QVERIFY2(m_sshd.state() == QProcess::Running, m_sshdLog.constData());
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(10000);
        }
    }

    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void sessionLinesRunOnTheFarSide()
    {
        const runbook::Runbook rb = runbook::Importer::importText(kRunbook, m_dir.filePath(u"box.md"_s));
        QCOMPARE(rb.procedures.first().steps.size(), 1);
        const runbook::Step &step = rb.procedures.first().steps.first();
        QCOMPARE(step.interaction, runbook::Interaction::Session);
        QCOMPARE(step.sessionLines.size(), 4);

        TableSecretSource secrets;
        secrets.table.insert(u"deploy-token"_s, u"dtk-9f3e-live"_s);
        Engine engine(m_store.get(), &secrets);
        engine.setTerminalAttached(true);
        DeclareOptions options;
        options.variables.insert(u"SSH_PORT"_s, QString::number(m_port));
        options.variables.insert(u"BOX_IDENTITY"_s, m_keys.filePath(u"client_key"_s));
        options.variables.insert(u"RELEASE"_s, u"v2.14.1"_s);
        const auto declared = engine.declare(rb, u"Work on the box"_s, options);
        QVERIFY2(declared, qPrintable(declared.error));
        Screen screen(engine);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        const Status started = engine.runStep(0);
        QVERIFY2(started, qPrintable(started.error));
        QVERIFY(engine.isTerminalRunning() || QTest::qWaitFor([&] { return engine.isTerminalRunning(); }, 20000));

        // The session is open once its far side answers what is typed.
        QVERIFY(engine.typeSessionLine(0));
        QTRY_VERIFY2_WITH_TIMEOUT(screen.text.contains("box$ "), QByteArray(screen.text + m_sshdLog).constData(), 30000);
        QVERIFY(engine.typeSessionLine(1));
        // SSH_CONNECTION is set by sshd alone (its address and port are the server's): the
        // line ran on the far side; the value was filled in by the Engine before it was typed.
        const QByteArray farSide = "release v2.14.1 on 127.0.0.1 " + QByteArray::number(m_port);
        QTRY_VERIFY2_WITH_TIMEOUT(screen.text.contains(farSide), screen.text.constData(), 30000);
        QVERIFY(engine.typeSessionLine(2));
        QTRY_VERIFY2_WITH_TIMEOUT(screen.text.contains("TOKEN "), screen.text.constData(), 30000);
        QVERIFY(engine.typeSessionLine(3));
        QVERIFY2(finished.wait(30000), screen.text.constData());

        const QString stored = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(stored.contains(QString::fromLatin1(farSide)), qPrintable(stored));
        // The secret went over the wire and came back upper-cased: the typed line was
        // masked, the remote's answer is not the secret as such.
        QVERIFY2(!stored.contains(u"dtk-9f3e-live"_s), qPrintable(stored));
        QVERIFY2(stored.contains(u"TOKEN DTK-9F3E-LIVE"_s), qPrintable(stored));
        QVERIFY(!screen.text.contains("dtk-9f3e-live"));
        // A session's end says little: the operator says how it went.
        QCOMPARE(engine.state().step(0).state, incident::StepState::OutcomeUnknown);
        QVERIFY(engine.resolveUnknown(0, Resolution::MarkDone, u"far side answered"_s));
        QCOMPARE(engine.state().step(0).state, incident::StepState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestEngineSsh)
#include "tst_enginessh.moc"
