#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rollcage::execution {

// What the operator types by hand into a terminal step's session, as lines for the
// journal: the keyboard sends a key at a time (the GUI's terminal) or a chunk (a paste,
// `rollcage run`'s raw terminal), and a journal event per key would say nothing a person
// can read. Printable text is collected until Enter; Backspace, Ctrl+U and Ctrl+W edit it
// as the terminal's line editing would; escape sequences (arrow keys, bracketed paste
// marks) are left out; Ctrl+C and Ctrl+D end the line, shown as ^C / ^D. A line any part
// of which was typed while the terminal did not echo (a password prompt) is hidden: its
// text is never returned.
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
    void eraseCharacter();
    void eraseWord();

    enum class Escape { None, Start, Csi, Ss3 };
    QByteArray m_line;
    bool m_hidden = false;
    bool m_typed = false; // anything since the last line, even if erased again
    Escape m_escape = Escape::None;
    bool m_afterCr = false;
};

} // namespace rollcage::execution
