// core/OperatorName: who events are recorded under, from the settings or the OS user.
#include "core/OperatorName.h"
#include "core/SettingsKeys.h"
#include "incident/IncidentStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

class TestOperatorName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().remove(settings::kOperatorName); }

    void gecos_data()
    {
        QTest::addColumn<QString>("gecos");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::newRow("full name only") << "Ana Lima"
                                        << "ana"
                                        << "Ana Lima";
        QTest::newRow("office and phones after") << "Ana Lima,Room 3,+351 1,,"
                                                 << "ana"
                                                 << "Ana Lima";
        QTest::newRow("ampersand is the login") << "& Lima,,"
                                                << "ana"
                                                << "Ana Lima";
        QTest::newRow("empty") << ""
                               << "ana"
                               << "";
        QTest::newRow("only commas") << ",,,"
                                     << "ana"
                                     << "";
        QTest::newRow("spaces trimmed") << "  Bo Chen , x"
                                        << "bo"
                                        << "Bo Chen";
    }
    void gecos()
    {
        QFETCH(QString, gecos);
        QFETCH(QString, login);
        QFETCH(QString, name);
        QCOMPARE(operators::nameFromGecos(gecos, login), name);
    }

    void defaultIsTheOsFullName()
    {
        QVERIFY(!operators::operatorNameChosen());
        QVERIFY(!operators::osFullName().isEmpty());
        QCOMPARE(operators::operatorName(), operators::osFullName());
    }

    void keptNameWinsAndIsOnEveryEvent()
    {
        operators::setOperatorName(QStringLiteral("  Ana Lima "));
        QVERIFY(operators::operatorNameChosen());
        QCOMPARE(operators::operatorName(), QStringLiteral("Ana Lima"));
        QCOMPARE(QSettings().value(settings::kOperatorName).toString(), QStringLiteral("Ana Lima"));

        // A store opened now records under it, without anyone passing it along.
        QTemporaryDir dir;
        auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("i.db")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        QCOMPARE((*store)->operatorName(), QStringLiteral("Ana Lima"));
        incident::IncidentRecord record;
        record.title = QStringLiteral("t");
        const auto id = (*store)->createIncident(record);
        QVERIFY2(id.ok(), qPrintable(id.error));
        const auto note = (*store)->append(*id, QStringLiteral("note"), {});
        QVERIFY2(note.ok(), qPrintable(note.error));
        const auto events = (*store)->events(*id);
        QVERIFY(events.ok());
        for (const incident::Event &e : *events)
            QCOMPARE(e.operatorName, QStringLiteral("Ana Lima"));

        operators::setOperatorName(QString());
        QVERIFY(!operators::operatorNameChosen());
    }
};

QTEST_GUILESS_MAIN(TestOperatorName)
#include "tst_operatorname.moc"
