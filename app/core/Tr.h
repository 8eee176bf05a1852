#pragma once

#include <QCoreApplication>
#include <QString>

// tr() for a source file's code outside QObject classes (free functions, value types),
// translating in `context`: one definition instead of a copy per file.
//
// lupdate files each tr("…") call under the scope it is written in: the namespace for a
// free function ("rollcage::report"), the class for a member. `context` must be that
// scope, so that the catalogue's entry is found at run time; use the macro once, near the
// top of the file's namespace:
//     namespace rollcage::report {
//     ROLLCAGE_TR_CONTEXT("rollcage::report")
#define ROLLCAGE_TR_CONTEXT(context)                                                          \
    [[maybe_unused]] static QString tr(const char *text, const char *disambiguation = nullptr, \
                                       int n = -1)                                            \
    {                                                                                          \
        return QCoreApplication::translate(context, text, disambiguation, n);                  \
    }
