#include "core/LineEditor.h"

#include <utility>

namespace rollcage {

namespace {
// The keys a terminal's line editing knows, as the keyboard sends them.
enum : char { kCtrlC = 0x03, kCtrlD = 0x04, kBackspace = 0x08, kCtrlU = 0x15, kCtrlW = 0x17 };
constexpr char kEscape = 0x1b;
constexpr char kDelete = 0x7f;

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}
} // namespace

LineEditor::Key LineEditor::feed(char c)
{
    switch (m_escape) {
    case Escape::Start:
        // ESC [ … (arrows, function keys, paste marks), ESC O x (keypad), or Alt+key.
        m_escape = c == '[' ? Escape::Csi : c == 'O' ? Escape::Ss3 : Escape::None;
        return Key::Ignored;
    case Escape::Csi:
        if (c >= 0x40 && c <= 0x7e)
            m_escape = Escape::None;
        return Key::Ignored;
    case Escape::Ss3:
        m_escape = Escape::None;
        return Key::Ignored;
    case Escape::None:
        break;
    }
    const bool afterCr = std::exchange(m_afterCr, c == '\r');
    switch (c) {
    case kEscape:
        m_escape = Escape::Start;
        return Key::Ignored;
    case '\n':
        return afterCr ? Key::Ignored : Key::Enter;
    case '\r':
        return Key::Enter;
    case kDelete:
    case kBackspace:
        eraseCharacter();
        return Key::Edit;
    case kCtrlU:
        clear();
        return Key::Edit;
    case kCtrlW:
        eraseWord();
        return Key::Edit;
    case kCtrlC:
        return Key::Interrupt;
    case kCtrlD:
        return Key::EndOfInput;
    default:
        break;
    }
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
        return Key::Control;
    m_line.append(c);
    return Key::Text;
}

void LineEditor::clear()
{
    m_line.fill('\0');
    m_line.clear();
}

void LineEditor::reset()
{
    clear();
    m_escape = Escape::None;
    m_afterCr = false;
}

QByteArray LineEditor::caret(char c)
{
    QByteArray shown(1, '^');
    shown.append(char((c + '@') & 0x7f));
    return shown;
}

void LineEditor::eraseCharacter()
{
    // A whole UTF-8 character: its continuation bytes and its first.
    while (!m_line.isEmpty() && isContinuation(m_line.back()))
        m_line.chop(1);
    if (!m_line.isEmpty())
        m_line.chop(1);
}

void LineEditor::eraseWord()
{
    while (!m_line.isEmpty() && m_line.back() == ' ')
        m_line.chop(1);
    while (!m_line.isEmpty() && m_line.back() != ' ')
        m_line.chop(1);
}

} // namespace rollcage
