#pragma once

#include <QProxyStyle>

namespace rollcage::gui {

// The application's style, except that the toolbar and menu bar overflow arrows are made
// the first time they are drawn or measured. Qt's common style reads them from PNG files,
// and reading any image makes Qt load every image-format plugin it has (QtSvg among them):
// about two milliseconds before the first frame, for an arrow that is only shown when the
// menus do not fit the window.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of `base`, as QProxyStyle does.
    explicit DeferredIconStyle(QStyle *base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    // Wraps the application's current style (the platform's, or -style's choice).
    static void install();
};

} // namespace rollcage::gui
