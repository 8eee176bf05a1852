// The `rollcage` executable only launches: it starts loading fontconfig's configuration
// on a second thread, then loads librollcage_gui (and with it Qt) and calls its entry
// point (gui/EntryPoint.cpp). Loading Qt's libraries and reading fontconfig's XML are
// the two largest costs before the first frame, and this way they overlap; linked the
// usual way, the loader would finish all of Qt before any of our code could start the
// fonts. Nothing here uses Qt.
#include "gui/LaunchAbi.h"

#include <dlfcn.h>
#include <pthread.h>

#include <cstdio>
#include <cstring>

namespace {

struct FontPreload
{
    pthread_t thread{};
    bool running = false;
    bool joined = false;
};

void *initFontconfig(void *init)
{
    // FcInit publishes the configuration it builds, so Qt's own FcInit finds it ready.
    // If fontconfig cannot start, Qt meets the same failure and says so.
    reinterpret_cast<int (*)()>(init)();
    return nullptr;
}

void awaitFonts(void *context)
{
    auto *preload = static_cast<FontPreload *>(context);
    if (preload->running && !preload->joined) {
        pthread_join(preload->thread, nullptr);
        preload->joined = true;
    }
}

// Headless commands (`rollcage check …`) never draw text: no fonts for them. A bare word
// is taken for a command; if it is not one, the window opens and loads fonts itself.
bool looksLikeGui(int argc, char **argv)
{
    if (argc < 2)
        return true;
    const char *first = argv[1];
    if (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0 ||
        std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0)
        return false;
    return first[0] == '-' || std::strchr(first, '/') || std::strchr(first, '.');
}

} // namespace

int main(int argc, char *argv[])
{
    FontPreload preload;
    if (looksLikeGui(argc, argv)) {
        // Loaded here, not linked: linked, it and its dependencies would sit ahead of Qt's
        // libraries in every symbol lookup the loader makes. Loaded on this thread, not the
        // new one: a thread that wakes this one would be made to share its processor.
        void *fontconfig = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
        void *init = fontconfig ? dlsym(fontconfig, "FcInit") : nullptr;
        preload.running =
            init && pthread_create(&preload.thread, nullptr, initFontconfig, init) == 0;
    }
    // Found through this executable's run path: the build tree's lib/, or lib/rollcage
    // beside bin/ once installed. Lazily bound: our libraries' functions are looked up on
    // their first call, so the hundreds a start never calls cost nothing.
    void *gui = dlopen(kRollcageGuiLibrary, RTLD_LAZY | RTLD_LOCAL);
    auto entry = gui ? reinterpret_cast<RollcageMain>(dlsym(gui, kRollcageMainSymbol)) : nullptr;
    if (!entry) {
        std::fprintf(stderr,
                     "rollcage: cannot start: %s\nRollcage's installation is incomplete or "
                     "mixes versions; reinstall it.\n",
                     dlerror());
        awaitFonts(&preload);
        return 1;
    }
    const RollcageLaunch launch{preload.running ? awaitFonts : nullptr, &preload};
    const int status = entry(argc, argv, &launch);
    // The fonts' thread must not be running while the process exits.
    awaitFonts(&preload);
    return status;
}
