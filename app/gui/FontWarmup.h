#pragma once

#include <future>

namespace rollcage::gui {

// Loads fontconfig's configuration and caches on a second thread while the main thread
// starts Qt and builds the parts of the window that draw no text. Without it the window's
// first text waits for that load (several milliseconds of XML parsing), about a third of
// the time to the first frame.
//
// Lives in main() for the GUI only; headless commands never pay for fonts.
class FontWarmup
{
public:
    FontWarmup();
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Called just before the first widget that lays out text: waits for the load rather
    // than letting Qt start a second one beside it (fontconfig does not share a load in
    // progress). Returns at once when no warm-up is running, as in tests.
    static void awaitFontconfig();

private:
    std::future<void> m_loaded;
    static FontWarmup *s_running;
};

} // namespace rollcage::gui
