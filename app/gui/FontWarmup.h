#pragma once

namespace rollcage::gui {

// fontconfig's configuration loads on the launcher's thread (app/main.cpp) while the main
// thread loads Qt; this makes sure Qt does not touch fonts before that load is done.
// Without it the window's first text would wait for several milliseconds of XML parsing.
//
// Qt's own font database is filled on the main thread, when the first text is measured:
// filling it on a thread of its own bought nothing measurable (tests/bench/startup), since
// Qt's font engines are per thread and the main thread needs the database's lock at once.
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

    // Called before anything draws or measures text. fontconfig has had all of Qt's
    // loading to finish by then, so the wait is short, usually none.
    static void applicationReady();

private:
    void (*m_awaitFontconfig)(void *);
    void *m_context;
    static FontWarmup *s_running;
};

} // namespace rollcage::gui
