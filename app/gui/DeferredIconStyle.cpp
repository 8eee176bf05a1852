#include "gui/DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPointer>

namespace rollcage::gui {

namespace {

// Asks the wrapped style for the real icon on first use, then behaves exactly as it.
class DeferredIconEngine : public QIconEngine
{
public:
    DeferredIconEngine(const QStyle *base, QStyle::StandardPixmap which)
        : m_base(base)
        , m_which(which)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    // Answered without making the icon: a style's standard arrow is never empty, and
    // widgets ask this when the icon is set, long before it is drawn.
    bool isNull() override { return m_made ? m_icon.isNull() : false; }
    QString key() const override { return QStringLiteral("rollcage-deferred"); }
    QIconEngine *clone() const override { return new DeferredIconEngine(*this); }

private:
    const QIcon &icon()
    {
        if (!m_made) {
            m_made = true;
            // The wrapped style may have been replaced since; then the current one answers.
            const QStyle *style = m_base ? m_base.data() : QApplication::style();
            m_icon = style->standardIcon(m_which);
        }
        return m_icon;
    }

    QPointer<const QStyle> m_base;
    QStyle::StandardPixmap m_which;
    bool m_made = false;
    QIcon m_icon;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle *base)
    : QProxyStyle(base)
{
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                      const QWidget *widget) const
{
    if (icon == SP_ToolBarHorizontalExtensionButton || icon == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredIconEngine(baseStyle(), icon));
    return QProxyStyle::standardIcon(icon, option, widget);
}

void DeferredIconStyle::install()
{
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()));
}

} // namespace rollcage::gui
