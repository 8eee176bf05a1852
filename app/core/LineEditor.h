#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rollcage {

// A line typed on a terminal's keyboard, a byte at a time as a raw terminal hands the keys
// over, edited as the terminal's own line editing would edit it: Backspace (and Delete)
// erases a whole UTF-8 character, Ctrl+U the line, Ctrl+W the word before the cursor;
// escape sequences (arrow and function keys, bracketed-paste marks, Alt+key) are no text;
// "\r\n" (a pasted line end) is one Enter. What Enter, Ctrl+C, Ctrl+D and the other
// control keys mean is the caller's: a secret's prompt cancels on Ctrl+C, the journal of a
// session shows it as ^C. One piece for both, so a key is never edited two ways.
//
// The line may be a secret: clearing it overwrites the bytes before they are let go.
class LineEditor
{
public:
    enum class Key {
        Text,       // appended to the line
        Edit,       // Backspace, Ctrl+U, Ctrl+W: the line changed
        Ignored,    // part of an escape sequence, or the "\n" of "\r\n"
        Enter,      // "\r" or "\n": the line is complete (not cleared)
        Interrupt,  // Ctrl+C
        EndOfInput, // Ctrl+D
        Control,    // another control character, not appended
    };

    ~LineEditor() { clear(); }

    // Applies one typed byte.
    Key feed(char c);
    const QByteArray &line() const { return m_line; }
    bool isEmpty() const { return m_line.isEmpty(); }
    // Text the caller adds as it stands (a control key shown as ^C).
    void append(QByteArrayView bytes) { m_line.append(bytes); }
    // Wipes the line (the escape state stays: a sequence may go on in the next read).
    void clear();
    // Wipes the line and forgets any escape sequence or "\r" in progress.
    void reset();

    // "^C" for Ctrl+C: how a terminal echoes a control key.
    static QByteArray caret(char c);

private:
    void eraseCharacter();
    void eraseWord();

    enum class Escape { None, Start, Csi, Ss3 };
    QByteArray m_line;
    Escape m_escape = Escape::None;
    bool m_afterCr = false;
};

} // namespace rollcage
