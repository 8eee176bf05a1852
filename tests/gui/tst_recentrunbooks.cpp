#include "gui/RecentRunbooks.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rollcage::gui::RecentRunbooks;

class TestRecentRunbooks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot create fixture");
        f.write("# runbook\n");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RollcageTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_recentrunbooks"));
        QVERIFY(m_dir.isValid());
    }

    void init() { RecentRunbooks().clear(); }

    void newestFirstWithoutDuplicates()
    {
        RecentRunbooks recent;
        const QString a = makeFile(QStringLiteral("a.md"));
        const QString b = makeFile(QStringLiteral("b.md"));
        QSignalSpy changed(&recent, &RecentRunbooks::changed);
        recent.add(a);
        recent.add(b);
        recent.add(a);
        QCOMPARE(recent.files(), (QStringList{a, b}));
        QCOMPARE(changed.size(), 3);
    }

    void survivesRestart()
    {
        const QString a = makeFile(QStringLiteral("kept.md"));
        RecentRunbooks().add(a);
        QCOMPARE(RecentRunbooks().files(), QStringList{a});
    }

    void capsTheList()
    {
        RecentRunbooks recent;
        for (int i = 0; i < RecentRunbooks::kMaxEntries + 3; ++i)
            recent.add(makeFile(QStringLiteral("r%1.md").arg(i)));
        QCOMPARE(recent.files().size(), RecentRunbooks::kMaxEntries);
        QVERIFY(recent.files().first().endsWith(
            QStringLiteral("r%1.md").arg(RecentRunbooks::kMaxEntries + 2)));
    }

    void dropsVanishedFiles()
    {
        RecentRunbooks recent;
        const QString gone = makeFile(QStringLiteral("gone.md"));
        const QString kept = makeFile(QStringLiteral("stays.md"));
        recent.add(gone);
        recent.add(kept);
        QVERIFY(QFile::remove(gone));
        QCOMPARE(recent.files(), QStringList{kept});
    }

    void ignoresBundledResources()
    {
        RecentRunbooks recent;
        recent.add(QStringLiteral(":/examples/larkspur-checkout-rollback.md"));
        QVERIFY(recent.files().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecentRunbooks)
#include "tst_recentrunbooks.moc"
