#include "gui/ShortcutOverlay.h"

#include <QLabel>
#include <QTest>

using namespace rollcage::gui;

class TestShortcutOverlay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coversTheWindowUntilDismissed()
    {
        QWidget window;
        window.resize(800, 500);
        auto *overlay = new ShortcutOverlay(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!overlay->isVisible());
        overlay->toggle();
        QVERIFY(overlay->isVisible());
        QCOMPARE(overlay->geometry(), window.rect());
        window.resize(1000, 600);
        QTRY_COMPARE(overlay->geometry(), window.rect()); // follows the window
        if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(dir + QStringLiteral("/shortcuts.png"));
        const QString text = overlay->findChild<QLabel *>()->text();
        for (const auto &[keys, what] : ShortcutOverlay::shortcuts())
            QVERIFY2(text.contains(keys.toHtmlEscaped()), qPrintable(keys));
        QTest::keyClick(overlay, Qt::Key_Escape);
        QVERIFY(!overlay->isVisible());
        overlay->toggle();
        QTest::keyClick(overlay, Qt::Key_F1);
        QVERIFY(!overlay->isVisible());
    }

    // Every shortcut the console binds is in the list.
    void listsTheConsoleShortcuts()
    {
        QStringList keys;
        for (const auto &[k, what] : ShortcutOverlay::shortcuts())
            keys << k;
        for (const char *k : {"Ctrl+Enter", "Ctrl+.", "Ctrl+G", "Ctrl+E", "F1"})
            QVERIFY2(keys.contains(QLatin1String(k)), k);
    }
};

QTEST_MAIN(TestShortcutOverlay)
#include "tst_shortcutoverlay.moc"
