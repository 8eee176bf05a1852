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
    finish();
    s_running = nullptr;
}

void FontWarmup::applicationReady()
{
    // On this thread: were fontconfig still loading when Qt first needs it, Qt would start
    // a second load beside it. Joining twice is harmless: the launcher's wait is idempotent.
    if (s_running && s_running->m_awaitFontconfig)
        s_running->m_awaitFontconfig(s_running->m_context);
}

void FontWarmup::finish()
{
    applicationReady();
}

} // namespace rollcage::gui
