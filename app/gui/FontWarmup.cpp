#include "gui/FontWarmup.h"

#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

namespace rollcage::gui {

FontWarmup *FontWarmup::s_running = nullptr;

// FcInit publishes the configuration it builds with an atomic swap, so Qt's own FcInit
// later finds it ready. If fontconfig cannot start, Qt meets the same failure and says so.
FontWarmup::FontWarmup()
    : m_fontconfig(std::async(std::launch::async, [] { FcInit(); }).share())
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
    s_running->m_qtDatabase = std::async(std::launch::async, [loaded = s_running->m_fontconfig] {
        loaded.wait();
        // QFontDatabase is thread-safe: text laid out meanwhile on the main thread waits
        // for this fill instead of doing it again.
        QFontDatabase::families();
    });
}

void FontWarmup::awaitFontconfig()
{
    if (s_running)
        s_running->m_fontconfig.wait();
}

void FontWarmup::finish()
{
    if (!s_running)
        return;
    s_running->m_fontconfig.wait();
    if (s_running->m_qtDatabase.valid())
        s_running->m_qtDatabase.wait();
}

} // namespace rollcage::gui
