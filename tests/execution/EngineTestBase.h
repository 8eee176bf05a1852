#pragma once

// What the Engine tests share: a store per test function, a secret source answering from
// a table, and runbooks built in code. tst_engine (running steps) and tst_enginesecrets
// (secrets and masking) both derive from EngineTestBase.

#include "core/SecretSource.h"
#include "execution/Engine.h"
#include "incident/IncidentStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace rollcage::enginetest {

using namespace rollcage::execution;
using runbook::Placeholder;


inline constexpr char kSecret[] = "pa55-Wörd-9z";

// Answers from a fixed table, asynchronously as the contract requires.
class TableSecretSource : public SecretSource
{
public:
    using SecretSource::SecretSource;
    QHash<QString, QString> table;
    QStringList scopes;
    void request(quint64 id, const QString &scope, const QStringList &names) override
    {
        scopes.append(scope);
        QTimer::singleShot(0, this, [this, id, names] {
            QHash<QString, QString> values;
            for (const QString &n : names) {
                if (!table.contains(n)) {
                    Q_EMIT failed(id, QStringLiteral("secret %1 is not stored").arg(n));
                    return;
                }
                values.insert(n, table.value(n));
            }
            Q_EMIT provided(id, values);
        });
    }
    // What it keeps, as a keychain does: every name of the table, nobody asked.
    QList<QStringList> peeks;
    QStringList peekScopes;
    void peek(quint64 id, const QString &scope, const QStringList &names) override
    {
        peekScopes.append(scope);
        peeks.append(names);
        QTimer::singleShot(0, this, [this, id, names] {
            QHash<QString, QString> values;
            for (const QString &n : names) {
                if (table.contains(n))
                    values.insert(n, table.value(n));
            }
            Q_EMIT kept(id, values);
        });
    }
};

inline runbook::Step commandStep(const QString &title, const QString &code, int line,
                          const QList<Placeholder> &placeholders = {})
{
    runbook::Step s;
    s.title = title;
    s.kind = runbook::StepKind::Command;
    s.line = line;
    s.commands.append({QStringLiteral("bash"), code, line + 2, {}});
    s.placeholders = placeholders;
    return s;
}

inline Placeholder angle(const QString &name, bool secret = false)
{
    return {
        name, QLatin1Char('<') + name + QLatin1Char('>'), Placeholder::Style::Angle, secret, {}};
}

inline runbook::Runbook makeRunbook(const QList<runbook::Step> &steps)
{
    runbook::Runbook rb;
    rb.title = QStringLiteral("Larch Payments Rollback");
    rb.source = QStringLiteral("/runbooks/larch.md");
    rb.text = QStringLiteral("# Larch Payments Rollback\n...");
    rb.sha256 = "0f0f";
    runbook::Procedure p;
    p.title = QStringLiteral("Application rollback");
    p.steps = steps;
    rb.procedures.append(p);
    runbook::Procedure other;
    other.title = QStringLiteral("Database rollback");
    rb.procedures.append(other);
    return rb;
}


// A console of its own on the store at `location` (team mode: each has its connection),
// recording as `name`; null (with the reason printed) when it cannot open.
inline std::unique_ptr<incident::IncidentStore> openConsole(const QString &location,
                                                           const QString &name)
{
    auto store = incident::IncidentStore::open(location);
    if (!store) {
        qWarning().noquote() << store.error;
        return {};
    }
    (*store)->setOperatorName(name);
    return std::move(*store);
}

// The store and the helpers each test function uses; derived test classes call
// openStore() from init() and closeStore() from cleanup().
class EngineTestBase : public QObject
{
protected:
    void openStore()
    {
        m_dbPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                                  QStringLiteral(".sqlite"));
        auto store = incident::IncidentStore::open(m_dbPath);
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
        m_store->setOperatorName(QStringLiteral("riley"));
    }
    void closeStore() { m_store.reset(); }

    StepResult runAndWait(Engine &engine, int index, const QString &confirmation = {})
    {
        QSignalSpy finished(&engine, &Engine::stepFinished);
        const Status s = engine.runStep(index, confirmation);
        if (!s) {
            qWarning().noquote() << s.error;
            return {};
        }
        if (!finished.wait(20000))
            return {};
        return finished.first().at(1).value<StepResult>();
    }

    QStringList storedOutput(qint64 runEventId)
    {
        QStringList lines;
        const auto page = m_store->outputLines(runEventId, 0, 1000);
        for (const incident::OutputLine &l : *page)
            lines.append(l.text);
        return lines;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<incident::IncidentStore> m_store;
};

} // namespace rollcage::enginetest
