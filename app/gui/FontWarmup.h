#pragma once

#include <future>

namespace rollcage::gui {

// The fonts load on other threads while the main thread loads Qt and builds the parts of
// the window that draw no text: fontconfig's configuration from the first instruction of
// the launcher (app/main.cpp), then Qt's font database once the application object
// exists. Without it the window's first text waits for both (several milliseconds of XML
// parsing, and a font scan that grows with the fonts installed).
//
// Lives in the GUI's entry point only; headless commands never pay for fonts.
class FontWarmup
{
public:
    // `awaitFontconfig(context)` waits for the launcher's fontconfig load; null when the
    // launcher did not start one (Qt then loads fontconfig itself, on first use).
    FontWarmup(void (*awaitFontconfig)(void *), void *context);
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Called once the QGuiApplication exists and the command line is accepted (a rejected
    // one exits at once). fontconfig has had all of Qt's loading to finish by then, so
    // the wait is short; Qt's font database is then filled on a thread of its own.
    static void applicationReady();
    // Waits for all of it; called before the QGuiApplication goes away.
    static void finish();

private:
    void (*m_awaitFontconfig)(void *);
    void *m_context;
    std::future<void> m_qtDatabase;
    static FontWarmup *s_running;
};

} // namespace rollcage::gui
