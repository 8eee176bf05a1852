#include "core/SecretMasker.h"

#include <QTest>

using rollcage::SecretMasker;

class TestSecretMasker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamed_data();
    void streamed();
    void everySplitPointIsCaught();
    void oneShotMask();
    void noSecretsPassesThrough();
    void aShortSecretIsMaskedAsAWord();
    void aShortSecretAtEverySplitPoint();
};

static const QByteArray M = SecretMasker::replacement();

void TestSecretMasker::streamed_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArray>("expected");

    const QStringList pw{QStringLiteral("hunter2!pw")};
    QTest::newRow("whole") << pw << QByteArrayList{"login hunter2!pw ok\n"}
                           << QByteArray("login " + M + " ok\n");
    QTest::newRow("split in two") << pw << QByteArrayList{"login hunt", "er2!pw ok\n"}
                                  << QByteArray("login " + M + " ok\n");
    QTest::newRow("split in three") << pw << QByteArrayList{"hu", "nter2", "!pw"} << M;
    QTest::newRow("twice") << pw << QByteArrayList{"hunter2!pwhunter2!pw"} << M + M;
    QTest::newRow("false start") << pw << QByteArrayList{"hunter", "3 hunter2!pw"}
                                 << QByteArray("hunter3 " + M);
    QTest::newRow("prefix then end")
        << pw << QByteArrayList{"value hunter2"} << QByteArray("value hunter2");
    QTest::newRow("base64") << pw
                            << QByteArrayList{"Authorization: Basic " +
                                              QByteArray("hunter2!pw").toBase64() + "\n"}
                            << QByteArray("Authorization: Basic " + M + "==\n");
    QTest::newRow("base64 split") << pw << QByteArrayList{"aHVudGVy", "MiFwdw"} << M;
    QTest::newRow("url-encoded") << pw << QByteArrayList{"GET /?p=hunter2%21pw HTTP/1.1"}
                                 << QByteArray("GET /?p=" + M + " HTTP/1.1");
    QTest::newRow("form-encoded space")
        << QStringList{QStringLiteral("two words&more")} << QByteArrayList{"p=two+words%26more"}
        << QByteArray("p=" + M);
    QTest::newRow("two secrets") << QStringList{QStringLiteral("alpha-1"),
                                                QStringLiteral("beta-22")}
                                 << QByteArrayList{"alpha-1 and bet", "a-22"}
                                 << QByteArray(M + " and " + M);
    QTest::newRow("utf-8 split inside a character")
        << QStringList{QStringLiteral("pässwörd")}
        << QByteArrayList{QByteArray("x p\xc3"), QByteArray("\xa4sswörd y")}
        << QByteArray("x " + M + " y");
}

void TestSecretMasker::streamed()
{
    QFETCH(QStringList, secrets);
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArray, expected);
    SecretMasker masker(secrets);
    QByteArray out;
    for (const QByteArray &piece : pieces) {
        const QByteArray released = masker.feed(piece);
        // Nothing that leaves may contain the secret, even before the stream ends.
        for (const QString &s : secrets)
            QVERIFY2(!released.contains(s.toUtf8()), released.constData());
        out += released;
    }
    out += masker.flush();
    QCOMPARE(out, expected);
}

void TestSecretMasker::everySplitPointIsCaught()
{
    const QByteArray text = "before s3cr3t-T0ken after";
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        SecretMasker masker({QStringLiteral("s3cr3t-T0ken")});
        QByteArray out = masker.feed(text.left(cut));
        out += masker.feed(text.mid(cut));
        out += masker.flush();
        QCOMPARE(out, QByteArray("before " + M + " after"));
    }
}

void TestSecretMasker::oneShotMask()
{
    SecretMasker masker({QStringLiteral("tok3n")});
    QCOMPARE(masker.mask(QStringLiteral("curl -H 'X: tok3n'")),
             QStringLiteral("curl -H 'X: ••••'"));
}

void TestSecretMasker::noSecretsPassesThrough()
{
    SecretMasker masker;
    QVERIFY(!masker.isActive());
    QCOMPARE(masker.feed("abc"), QByteArray("abc"));
    QCOMPARE(masker.flush(), QByteArray());
}

void TestSecretMasker::aShortSecretIsMaskedAsAWord()
{
    // A 3-digit PIN (typed at a password prompt): wherever it stands on its own, never
    // inside a longer number or word.
    SecretMasker masker({QStringLiteral("482")});
    QCOMPARE(masker.mask(QStringLiteral("pin=482, again 482\nid 14820 x482 482_b")),
             QStringLiteral("pin=••••, again ••••\nid 14820 x482 482_b"));
    QCOMPARE(masker.mask(QStringLiteral("482")), QStringLiteral("••••"));
    // Its base64 form as a word of its own too.
    QCOMPARE(masker.mask(QStringLiteral("Basic NDgy")), QStringLiteral("Basic ••••"));
    // Ends that are not word characters need no boundary there.
    SecretMasker symbols({QStringLiteral("#1!")});
    QCOMPARE(symbols.mask(QStringLiteral("pw#1!x and a#1")), QStringLiteral("pw••••x and a#1"));
    // Four characters and more: inside anything, as before.
    SecretMasker longer({QStringLiteral("4821")});
    QCOMPARE(longer.mask(QStringLiteral("x48210")), QStringLiteral("x••••0"));
}

void TestSecretMasker::aShortSecretAtEverySplitPoint()
{
    const QByteArray text = "a 482 b 4821 c 482";
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        SecretMasker masker({QStringLiteral("482")});
        QByteArray out = masker.feed(text.left(cut));
        QVERIFY2(!out.contains(" 482 ") && !out.endsWith(" 482"), out.constData());
        out += masker.feed(text.mid(cut));
        out += masker.flush();
        QCOMPARE(out, QByteArray("a " + M + " b 4821 c " + M));
    }
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"
