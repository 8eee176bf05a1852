#include "execution/TypedLines.h"

namespace rollcage::execution {

namespace {
constexpr char kEscape = 0x1b;
constexpr char kCtrlC = 0x03;
constexpr char kCtrlD = 0x04;
constexpr char kBackspace = 0x08;
constexpr char kCtrlU = 0x15;
constexpr char kCtrlW = 0x17;
constexpr char kDelete = 0x7f;

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}
} // namespace

QList<TypedLines::Line> TypedLines::feed(const QByteArray &bytes, bool echoed)
{
    QList<Line> out;
    for (const char c : bytes) {
        switch (m_escape) {
        case Escape::Start:
            // ESC [ … (arrows, function keys, paste marks), ESC O x (keypad), or Alt+key.
            m_escape = c == '[' ? Escape::Csi : c == 'O' ? Escape::Ss3 : Escape::None;
            continue;
        case Escape::Csi:
            if (c >= 0x40 && c <= 0x7e)
                m_escape = Escape::None;
            continue;
        case Escape::Ss3:
            m_escape = Escape::None;
            continue;
        case Escape::None:
            break;
        }
        const bool newline = c == '\n';
        if (newline && m_afterCr) {
            m_afterCr = false; // the \n of a pasted \r\n: one line end
            continue;
        }
        m_afterCr = c == '\r';
        if (c == kEscape) {
            m_escape = Escape::Start;
            continue;
        }
        m_typed = true;
        m_hidden = m_hidden || !echoed;
        if (c == '\r' || newline) {
            endLine(out);
        } else if (c == kDelete || c == kBackspace) {
            eraseCharacter();
        } else if (c == kCtrlU) {
            m_line.clear();
        } else if (c == kCtrlW) {
            eraseWord();
        } else if (c == kCtrlC || c == kCtrlD) {
            m_line += '^';
            m_line += char(c + '@');
            endLine(out);
        } else if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            m_line += '^';
            m_line += char(c + '@');
        } else {
            m_line += c;
        }
    }
    return out;
}

QList<TypedLines::Line> TypedLines::flush()
{
    QList<Line> out;
    if (m_typed)
        endLine(out);
    m_escape = Escape::None;
    m_afterCr = false;
    return out;
}

void TypedLines::reset()
{
    m_line.clear();
    m_hidden = false;
    m_typed = false;
    m_escape = Escape::None;
    m_afterCr = false;
}

void TypedLines::endLine(QList<Line> &out)
{
    const QString text = QString::fromUtf8(m_line);
    out.append({m_hidden ? QString() : text, m_hidden, m_hidden ? text : QString()});
    m_line.clear();
    m_hidden = false;
    m_typed = false;
}

void TypedLines::eraseCharacter()
{
    // A whole UTF-8 character: its continuation bytes and its first.
    while (!m_line.isEmpty() && isContinuation(m_line.back()))
        m_line.chop(1);
    if (!m_line.isEmpty())
        m_line.chop(1);
}

void TypedLines::eraseWord()
{
    while (!m_line.isEmpty() && m_line.back() == ' ')
        m_line.chop(1);
    while (!m_line.isEmpty() && m_line.back() != ' ')
        m_line.chop(1);
}

} // namespace rollcage::execution
