#include "gui/FontWarmup.h"

#include <fontconfig/fontconfig.h>

namespace rollcage::gui {

FontWarmup *FontWarmup::s_running = nullptr;

// FcInit publishes the configuration it builds with an atomic swap, so Qt's own FcInit
// later finds it ready. If fontconfig cannot start, Qt meets the same failure and says so.
FontWarmup::FontWarmup()
    : m_loaded(std::async(std::launch::async, [] { FcInit(); }))
{
    s_running = this;
}

FontWarmup::~FontWarmup()
{
    awaitFontconfig();
    s_running = nullptr;
}

void FontWarmup::awaitFontconfig()
{
    if (s_running && s_running->m_loaded.valid())
        s_running->m_loaded.get();
}

} // namespace rollcage::gui
