#pragma once

// What the walkthrough suites share: the real rollcage binary started in the X session
// x-session.sh made, a throwaway database and TMPDIR, the helpers that declare an
// incident and tick a checklist by keyboard, and the journal read back from SQLite.
#include "Desktop.h"

#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rollcage::walkthrough {

const QString kExample = QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md");
const QString kSlowDrill = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/gui/fixtures/slow-drill.md");

class Walkthrough : public QObject
{
protected:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_releases;
    std::unique_ptr<Desktop> m_desk;
    std::unique_ptr<QProcess> m_app;
    std::unique_ptr<incident::IncidentStore> m_store;


    // The temporary folder, the database, and the desktop writing screenshots to
    // ROLLCAGE_SCREENSHOT_DIR (else the build tree's walkthrough-shots/); `fresh` empties
    // that folder first (the first suite of a run does).
    void setUp(bool fresh)
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(qEnvironmentVariableIsSet("DISPLAY"), "run through x-session.sh (ctest does)");
        m_db = m_dir.filePath(QStringLiteral("incidents.sqlite"));
        m_releases = m_dir.filePath(QStringLiteral("larkspur-drill"));
        QString shots = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR");
        if (shots.isEmpty())
            shots = QStringLiteral(ROLLCAGE_BUILD_DIR "/walkthrough-shots");
        if (fresh)
            QDir(shots).removeRecursively();
        m_desk = std::make_unique<Desktop>(m_dir.filePath(QStringLiteral("ui.json")), shots);
    }

    void tearDown()
    {
        if (m_app && m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished();
        }
        if (m_desk)
            qInfo("screenshots: %s", qPrintable(m_desk->shots().join(QLatin1Char(' '))));
    }

    // Opens the database the program writes, once it has made it.
    void openStore()
    {
        if (m_store)
            return;
        auto store = incident::IncidentStore::open(m_db);
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
    }

    void launch(const QString &runbook)
    {
        if (m_app && m_app->state() != QProcess::NotRunning) {
            m_app->kill();
            m_app->waitForFinished();
            QFAIL("the previous part left Rollcage running: it failed before quitting");
        }
        m_app = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("ROLLCAGE_UI_MAP"), m_dir.filePath(QStringLiteral("ui.json")));
        env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("QT_SCALE_FACTOR"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("tmp")));
        QFile::remove(m_dir.filePath(QStringLiteral("ui.json")));
        m_app->setProcessEnvironment(env);
        m_app->setProcessChannelMode(QProcess::MergedChannels);
        m_app->setStandardOutputFile(m_dir.filePath(QStringLiteral("rollcage.log")), QIODevice::Append);
        QStringList arguments{QStringLiteral("--database"), m_db};
        if (!runbook.isEmpty()) // without one, the program starts on its welcome page
            arguments << runbook;
        m_app->start(QStringLiteral(ROLLCAGE_BINARY), arguments);
        QVERIFY2(m_app->waitForStarted(), qPrintable(m_app->errorString()));
    }

    incident::IncidentState state(qint64 id) const
    {
        const auto events = m_store->events(id);
        return events ? incident::deriveState(*events) : incident::IncidentState();
    }
    int count(qint64 id, const QString &type) const
    {
        const auto events = m_store->events(id);
        int n = 0;
        for (const incident::Event &e : events ? *events : QList<incident::Event>())
            n += e.type == type ? 1 : 0;
        return n;
    }
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("rollcage.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(4000)) : QString();
    }
    QString why() const
    {
        return QStringLiteral("%1\n--- map: %2\n--- rollcage: %3")
            .arg(m_desk->lastError(), QString::fromUtf8(QJsonDocument(m_desk->map()).toJson().left(6000)), log());
    }
    bool visible(const QString &key, const QString &title = {}) const { return !m_desk->widget(key, title).isEmpty(); }
    bool enabled(const QString &key, const QString &title = {}) const
    {
        return m_desk->widget(key, title).value(QLatin1String("enabled")).toBool();
    }
    QString textOf(const QString &key, const QString &title = {}) const { return plain(m_desk->widget(key, title)); }
    // The main window has the keyboard (the WM activates a window a moment after it shows,
    // or after a dialog over it closes): keys sent before that go nowhere.
    bool mainWindowActive() const
    {
        for (const QJsonValue &w : m_desk->map().value(QLatin1String("windows")).toArray()) {
            if (w.toObject().value(QLatin1String("class")).toString() == QLatin1String("rollcage::gui::MainWindow"))
                return w.toObject().value(QLatin1String("active")).toBool();
        }
        return false;
    }
    // Enabled, and in a dialog only once the WM has placed and activated it: the map shows
    // a dialog where Qt first put it, and a click sent before the WM moved it goes astray.
    bool clickable(const QString &key) const
    {
        for (const QJsonValue &v : m_desk->map().value(QLatin1String("windows")).toArray()) {
            const QJsonObject w = v.toObject();
            for (const QJsonValue &c : w.value(QLatin1String("widgets")).toArray()) {
                const QJsonObject o = c.toObject();
                if (o.value(QLatin1String("name")).toString() != key &&
                    o.value(QLatin1String("accessible")).toString() != key && plain(o) != key)
                    continue;
                return o.value(QLatin1String("enabled")).toBool() &&
                       (!w.value(QLatin1String("modal")).toBool() || w.value(QLatin1String("active")).toBool());
            }
        }
        return false;
    }
    bool isDefault(const QString &key) const { return m_desk->widget(key).value(QLatin1String("default")).toBool(); }

// Fails the test function with what the screen and the program said.
#define WAIT(cond) QVERIFY2(Desktop::waitFor([&] { return bool(cond); }), qPrintable(QStringLiteral(#cond "\n") + why()))
#define DO(action) QVERIFY2(action, qPrintable(QStringLiteral(#action "\n") + why()))
// Clicks a control once the program shows it clickable (its map lags the journal a little)
// and it has stopped moving.
#define CLICK(key)                                                                                 \
    do {                                                                                           \
        WAIT(clickable(key));                                                                      \
        DO(m_desk->click(m_desk->steadyWidget(key)));                                              \
    } while (false)

    // The New incident dialog, by keyboard: the procedure by its first letter, then the
    // values in Tab order.
    void declare(const QString &procedureLetter, const QStringList &values, bool tryEmptyFirst)
    {
        WAIT(mainWindowActive());
        DO(m_desk->key(QStringLiteral("ctrl+n")));
        WAIT(m_desk->hasWindow(QStringLiteral("New incident")));
        WAIT(m_desk->focusName() == QLatin1String("incidentTitle"));
        for (int i = 0; i < 3; ++i)
            DO(m_desk->key(QStringLiteral("Tab")));
        WAIT(m_desk->focusName() == QLatin1String("incidentProcedure"));
        DO(m_desk->type(procedureLetter));
        WAIT(textOf(QStringLiteral("incidentProcedure")).startsWith(procedureLetter));
        if (tryEmptyFirst) {
            m_desk->shot(QStringLiteral("02-new-incident"));
            DO(m_desk->key(QStringLiteral("Return")));
            WAIT(textOf(QStringLiteral("dialogMessage")).contains(QStringLiteral("RELEASES_DIR")));
            WAIT(m_desk->focusName() == QLatin1String("value_RELEASES_DIR"));
            m_desk->shot(QStringLiteral("03-new-incident-refused"));
        } else {
            DO(m_desk->key(QStringLiteral("Tab")));
        }
        for (const QString &value : values) {
            WAIT(m_desk->focusName().startsWith(QLatin1String("value_")));
            DO(m_desk->key(QStringLiteral("ctrl+a")));
            DO(m_desk->type(value));
            DO(m_desk->key(QStringLiteral("Tab")));
        }
        DO(m_desk->key(QStringLiteral("Return")));
        WAIT(!m_desk->hasWindow(QStringLiteral("New incident")));
    }

    // Ticks the open items of the checklist shown, by keyboard (Space), from the first.
    void tickAll(int items)
    {
        const QJsonObject view = m_desk->widget(QStringLiteral("checklistView"));
        DO(m_desk->clickRow(view, 1)); // the first item, under its list's title
        for (int i = 0; i < items; ++i)
            DO(m_desk->key(QStringLiteral("space")));
    }
};

} // namespace rollcage::walkthrough
