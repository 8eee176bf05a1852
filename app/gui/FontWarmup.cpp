#include "gui/FontWarmup.h"

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
    // For a way out that never reached applicationReady(): the launcher's thread uses no
    // Qt, so waiting after the application object has gone is fine.
    applicationReady();
    s_running = nullptr;
}

void FontWarmup::applicationReady()
{
    // On this thread: were fontconfig still loading when Qt first needs it, Qt would start
    // a second load beside it. Joining twice is harmless: the launcher's wait is idempotent.
    if (s_running && s_running->m_awaitFontconfig)
        s_running->m_awaitFontconfig(s_running->m_context);
}

} // namespace rollcage::gui
