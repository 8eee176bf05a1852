// The translation sources as lupdate writes them: every German message is finished and
// keeps the placeholders, HTML tags and accelerator of its English source, so a
// translated string can never lose an argument or show a stray %2 to the user.
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per plural form for a numerus message
    bool numerus = false;
    bool unfinished = false;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, false, false, xml.lineNumber()};
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(
                    xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// %1…%9 (also %L1) and %n, sorted: the order may change, the set may not.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    found.sort();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append((m.captured(0).startsWith(QLatin1String("</")) ? QStringLiteral("/") : QString()) +
                     m.captured(1).toLower());
    }
    found.sort();
    return found;
}

// "&&" is a literal ampersand, "&x" marks x as the accelerator.
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)(?=\\S)(?![a-zA-Z]+;)"));
    QString withoutLiterals = text;
    withoutLiterals.remove(QStringLiteral("&&"));
    return int(withoutLiterals.count(re));
}

QString rowName(const Message &m)
{
    return m.context + QStringLiteral(": ") + m.source.left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

    void addRows(const QString &file)
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("translations");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<bool>("unfinished");
        QTest::addColumn<qint64>("line");
        QString error;
        const auto messages = readTs(QStringLiteral(ROLLCAGE_SOURCE_DIR "/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, int> seen;
        for (const Message &m : messages) {
            QString name = rowName(m);
            if (const int n = seen[name]++)
                name += QStringLiteral(" #%1").arg(n + 1);
            QTest::newRow(qPrintable(name)) << m.source << m.translations << m.numerus << m.unfinished << m.line;
        }
    }

private Q_SLOTS:
    void catalogueCoversTheApplication()
    {
        // lupdate scans all four libraries and the forms, not only main.cpp.
        QString error;
        const auto messages = readTs(QStringLiteral(ROLLCAGE_SOURCE_DIR "/translations/rollcage_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> contexts;
        for (const Message &m : messages)
            contexts.insert(m.context);
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        for (const char *expected : {"rollcage::gui::MainWindow", "RollbackPage", "rollcage::gui::RollbackPage",
                                     "rollcage::execution::Engine", "rollcage::cli", "rollcage::report",
                                     "rollcage::messaging", "rollcage::gui::HealthDock"})
            QVERIFY2(contexts.contains(QLatin1String(expected)), expected);
    }

    void germanIsComplete_data() { addRows(QStringLiteral("rollcage_de.ts")); }
    void germanIsComplete()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, translations);
        QFETCH(bool, numerus);
        QFETCH(bool, unfinished);
        QFETCH(qint64, line);
        const QString where = QStringLiteral("rollcage_de.ts:%1").arg(line);
        QVERIFY2(!unfinished, qPrintable(where + QStringLiteral(": unfinished")));
        // German has two plural forms (one, other).
        QCOMPARE(translations.size(), numerus ? 2 : 1);
        for (const QString &translation : std::as_const(translations)) {
            QVERIFY2(!translation.trimmed().isEmpty() || source.trimmed().isEmpty(),
                     qPrintable(where + QStringLiteral(": empty")));
            QVERIFY2(placeholders(translation) == placeholders(source),
                     qPrintable(QStringLiteral("%1: placeholders %2 in \"%3\", source has %4")
                                    .arg(where, placeholders(translation).join(QLatin1Char(',')), translation,
                                         placeholders(source).join(QLatin1Char(',')))));
            QCOMPARE(htmlTags(translation), htmlTags(source));
            QVERIFY2(accelerators(translation) == accelerators(source),
                     qPrintable(QStringLiteral("%1: \"%2\" has %3 accelerators, the source %4")
                                    .arg(where, translation)
                                    .arg(accelerators(translation))
                                    .arg(accelerators(source))));
            // Pieces that are glued to other text keep their leading space and newline.
            QCOMPARE(translation.startsWith(QLatin1Char(' ')), source.startsWith(QLatin1Char(' ')));
            QCOMPARE(translation.endsWith(QLatin1Char('\n')), source.endsWith(QLatin1Char('\n')));
        }
    }

    void englishPluralsAreFilled_data() { addRows(QStringLiteral("rollcage_en.ts")); }
    void englishPluralsAreFilled()
    {
        // English needs the catalogue only for "%n step(s)" style sources.
        QFETCH(QStringList, translations);
        QFETCH(bool, numerus);
        QFETCH(qint64, line);
        if (!numerus)
            return;
        QCOMPARE(translations.size(), 2);
        for (const QString &form : std::as_const(translations)) {
            QVERIFY2(form.contains(QLatin1String("%n")), qPrintable(QStringLiteral("rollcage_en.ts:%1").arg(line)));
            QVERIFY(!form.contains(QLatin1String("(s)")));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
