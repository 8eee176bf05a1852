// The menu bar's overflow arrow is made when first drawn (gui/DeferredIconStyle), and must
// still be there, and the same as the platform style's, when the menus do not fit.
#include "gui/DeferredIconStyle.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace rollcage;

namespace {
bool hasVisiblePixels(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > 0)
                return true;
    return false;
}
} // namespace

class TestDeferredIconStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { gui::DeferredIconStyle::install(); }

    void arrowsAreTheWrappedStylesOnceDrawn_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("horizontal overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("vertical overflow") << int(QStyle::SP_ToolBarVerticalExtensionButton);
        QTest::newRow("not deferred: a dialog button") << int(QStyle::SP_DialogOkButton);
    }
    void arrowsAreTheWrappedStylesOnceDrawn()
    {
        QFETCH(int, which);
        const auto pixmap = static_cast<QStyle::StandardPixmap>(which);
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY2(style, "install() did not wrap the application's style");
        const QIcon deferred = style->standardIcon(pixmap);
        // Widgets ask before drawing; the answer must not depend on having made it yet.
        QVERIFY(!deferred.isNull());
        const QIcon direct = style->baseStyle()->standardIcon(pixmap);
        const QImage expected = direct.pixmap(16, 16).toImage();
        const QImage drawn = deferred.pixmap(16, 16).toImage();
        QVERIFY(hasVisiblePixels(drawn));
        QCOMPARE(drawn.convertToFormat(QImage::Format_ARGB32),
                 expected.convertToFormat(QImage::Format_ARGB32));
        QCOMPARE(deferred.actualSize(QSize(16, 16)), direct.actualSize(QSize(16, 16)));
    }

    void narrowWindowShowsTheOverflowArrow()
    {
        QMainWindow window;
        for (const char *title : {"&File", "&Incident", "&View", "&Tools", "&Help"})
            window.menuBar()->addMenu(QString::fromLatin1(title))->addAction(QStringLiteral("x"));
        window.resize(90, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *extension =
            window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        QVERIFY(extension);
        QTRY_VERIFY(extension->isVisible());
        QVERIFY(hasVisiblePixels(extension->grab().toImage()));
        QVERIFY(hasVisiblePixels(extension->icon().pixmap(16, 16).toImage()));
    }

    void replacedStyleStillAnswers()
    {
        // An icon made before the style changed is drawn by whichever style is current.
        const QIcon icon =
            QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(hasVisiblePixels(icon.pixmap(16, 16).toImage()));
        gui::DeferredIconStyle::install();
    }
};

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
