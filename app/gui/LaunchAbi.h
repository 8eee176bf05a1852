#pragma once

// What the `rollcage` executable (app/main.cpp) hands to librollcage_gui's entry point.
// Plain C, because the executable links no Qt and none of our libraries: it loads them.
extern "C" {

struct RollcageLaunch
{
    // Waits until the fonts the launcher began loading are ready (fontconfig's
    // configuration); null when it did not start (a headless command, it thought).
    void (*awaitFonts)(void *context);
    void *context;
};

// librollcage_gui's entry point: what main() would be. Returns the exit code.
using RollcageMain = int (*)(int argc, char **argv, const RollcageLaunch *launch);
inline constexpr char kRollcageMainSymbol[] = "rollcage_main";
inline constexpr char kRollcageGuiLibrary[] = "librollcage_gui.so";
}
