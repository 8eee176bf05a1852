#pragma once

#include "core/LineEditor.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rollcage::execution {

// What the operator types by hand into a terminal step's session, as lines for the
// journal: the keyboard sends a key at a time (the GUI's terminal) or a chunk (a paste,
// `rollcage run`'s raw terminal), and a journal event per key would say nothing a person
// can read. The keys are edited by the terminal line editor (LineEditor) up to Enter;
// Ctrl+C and Ctrl+D end the line, shown as ^C / ^D, other control keys are shown as ^X.
// A line any part of which was typed while the terminal did not echo (a password prompt)
// is hidden: its text is never returned.
class TypedLines
{
public:
    struct Line
    {
        QString text; // empty when hidden
        bool hidden = false;
        QString secret; // a hidden line's text, in memory only: to mask it from now on
    };

    // The lines `bytes` completes; `echoed`: whether the terminal echoed as they were typed.
    QList<Line> feed(const QByteArray &bytes, bool echoed);
    // What was typed since the last complete line (the session ended, a session line's
    // button types next); nothing when nothing was typed.
    QList<Line> flush();
    void reset();

private:
    void endLine(QList<Line> &out);

    LineEditor m_editor;
    bool m_hidden = false;
    bool m_typed = false; // anything since the last line, even if erased again
};

} // namespace rollcage::execution
