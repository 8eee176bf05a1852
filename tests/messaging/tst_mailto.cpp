#include "messaging/Mailto.h"

#include <QTest>
#include <QUrlQuery>

using namespace rollcage::messaging;

class TestMailto : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsUrl_data()
    {
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("one recipient")
            << QStringList{QStringLiteral("pm@example.com")} << QStringLiteral("Rollback started")
            << QStringLiteral("Hello")
            << QByteArray("mailto:pm@example.com?subject=Rollback%20started&body=Hello");
        QTest::newRow("several, trimmed, empty skipped")
            << QStringList{QStringLiteral(" a@example.com"), QString(),
                           QStringLiteral("b@example.org ")}
            << QString() << QString() << QByteArray("mailto:a@example.com,b@example.org");
        QTest::newRow("line breaks become CRLF")
            << QStringList{QStringLiteral("a@example.com")} << QString()
            << QStringLiteral("line 1\nline 2\r\nline 3")
            << QByteArray("mailto:a@example.com?body=line%201%0D%0Aline%202%0D%0Aline%203");
        QTest::newRow("reserved characters escaped")
            << QStringList{QStringLiteral("ops+alerts@example.com")}
            << QStringLiteral("50% & rising? #1") << QStringLiteral("a=b&c")
            << QByteArray("mailto:ops%2Balerts@example.com?subject=50%25%20%26%20rising%3F%20%231&"
                          "body=a%3Db%26c");
        QTest::newRow("unicode as UTF-8")
            << QStringList{QStringLiteral("a@example.com")} << QStringLiteral("Zurückrollen — ok")
            << QString()
            << QByteArray("mailto:a@example.com?subject=Zur%C3%BCckrollen%20%E2%80%94%20ok");
        QTest::newRow("no recipient: the user picks one")
            << QStringList{} << QStringLiteral("s") << QString() << QByteArray("mailto:?subject=s");
    }

    void buildsUrl()
    {
        QFETCH(QStringList, to);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        QFETCH(QByteArray, expected);
        const auto url = mailtoUrl({to, subject, body});
        QVERIFY2(url.ok(), qPrintable(url.error));
        QCOMPARE(url->toEncoded(), expected);
        QVERIFY(url->isValid());
        // What a mail program decodes is what was written.
        const QUrlQuery query(*url);
        if (!subject.isEmpty())
            QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded), subject);
    }

    void rejectsBadAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("no at") << QStringLiteral("product-manager");
        QTest::newRow("two addresses in one") << QStringLiteral("a@example.com, b@example.com");
        QTest::newRow("display name") << QStringLiteral("Pat <pat@example.com>");
        QTest::newRow("header injection") << QStringLiteral("a@example.com?cc=evil@example.com&x");
    }

    void rejectsBadAddresses()
    {
        QFETCH(QString, address);
        const auto url = mailtoUrl({{address}, QStringLiteral("s"), QStringLiteral("b")});
        QVERIFY(!url.ok());
        QVERIFY2(url.error.contains(address), qPrintable(url.error));
    }
};

QTEST_GUILESS_MAIN(TestMailto)
#include "tst_mailto.moc"
