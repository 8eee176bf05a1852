#include "gui/FontWarmup.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QStringList>

namespace rollcage::gui {

FontWarmup *FontWarmup::s_running = nullptr;

FontWarmup::FontWarmup(void (*awaitFontconfig)(void *), void *context)
    : m_awaitFontconfig(awaitFontconfig)
    , m_context(context)
{
    s_running = this;
}

FontWarmup::~FontWarmup()
{
    finish();
    s_running = nullptr;
}

void FontWarmup::applicationReady()
{
    if (!s_running || s_running->m_qtDatabase.valid())
        return;
    // On this thread: the launcher's wait is not meant to be shared. Were fontconfig still
    // loading when Qt first needs it, Qt would start a second load beside it.
    if (s_running->m_awaitFontconfig)
        s_running->m_awaitFontconfig(s_running->m_context);
    s_running->m_qtDatabase = std::async(std::launch::async, [] {
        // QFontDatabase is thread-safe: text laid out meanwhile on the main thread waits
        // for this fill instead of doing it again. Font engines are per thread, but the
        // list of fallback fonts for the application font (a fontconfig sort) is shared.
        QFontDatabase::families();
        QFontMetrics(QGuiApplication::font()).horizontalAdvance(QLatin1Char('x'));
    });
}

void FontWarmup::finish()
{
    if (!s_running)
        return;
    if (s_running->m_awaitFontconfig)
        s_running->m_awaitFontconfig(s_running->m_context);
    if (s_running->m_qtDatabase.valid())
        s_running->m_qtDatabase.wait();
}

} // namespace rollcage::gui
