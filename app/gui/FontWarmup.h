#pragma once

#include <future>

namespace rollcage::gui {

// Loads the fonts on other threads while the main thread starts Qt and builds the parts
// of the window that draw no text: fontconfig's configuration and caches from the top of
// main(), then Qt's font database once the application object exists. Without it the
// window's first text waits for both (several milliseconds of XML parsing, and a font
// scan that grows with the fonts installed).
//
// Lives in main() for the GUI only; headless commands never pay for fonts.
class FontWarmup
{
public:
    FontWarmup();
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Called once the QGuiApplication exists and the command line is accepted (a rejected
    // one exits at once): Qt's font database may be filled from then on.
    static void applicationReady();
    // Called just before the first widget that lays out text: waits for fontconfig rather
    // than letting Qt start a second load beside it (fontconfig does not share a load in
    // progress; Qt's database, by contrast, is locked while it fills).
    static void awaitFontconfig();
    // Waits for all of it; called before the QGuiApplication goes away.
    static void finish();

private:
    std::shared_future<void> m_fontconfig;
    std::future<void> m_qtDatabase;
    static FontWarmup *s_running;
};

} // namespace rollcage::gui
