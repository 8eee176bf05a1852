#include "execution/TerminalText.h"

#include <cstring>

namespace rollcage::execution {

namespace {
// The bytes that are not text as they stand: escape, backspace, carriage return, bell,
// shift out/in, NUL. Everything else is copied in runs.
bool isSpecial(unsigned char c)
{
    return c == 0x1b || c == '\b' || c == '\r' || c == 0x07 || c == 0x0e || c == 0x0f || c == 0;
}
} // namespace

QByteArray TerminalText::feed(const QByteArray &bytes)
{
    // A terminal step can print a million lines: the text between control bytes is
    // copied a run at a time into a buffer sized once, not appended a byte at a time
    // (bench_terminal_ingest).
    QByteArray out(bytes.size(), Qt::Uninitialized);
    char *const begin = out.data();
    char *o = begin;
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    while (p < end) {
        const auto c = static_cast<unsigned char>(*p);
        switch (m_state) {
        case State::Text: {
            if (!isSpecial(c)) {
                const char *run = p;
                while (p < end && !isSpecial(static_cast<unsigned char>(*p)))
                    ++p;
                std::memcpy(o, run, size_t(p - run));
                o += p - run;
                continue;
            }
            if (c == 0x1b)
                m_state = State::Escape;
            else if (c == '\b' && o > begin && o[-1] != '\n')
                --o; // a backspace the shell echoes to erase what was typed
            // "\r\n" is a line end; the rest only moves or rings
            break;
        }
        case State::Escape:
            // ESC [ … final: CSI; ESC ] … BEL or ESC \: OSC; ESC ( B: a charset; else one byte.
            m_state = c == '[' ? State::Csi
                      : c == ']' ? State::Osc
                      : (c == '(' || c == ')' || c == '*' || c == '+' || c == '#') ? State::Charset
                                                                                   : State::Text;
            break;
        case State::Csi:
            if (c >= 0x40 && c <= 0x7e)
                m_state = State::Text;
            break;
        case State::Osc:
            if (c == 0x07)
                m_state = State::Text;
            else if (c == 0x1b)
                m_state = State::OscEscape;
            break;
        case State::OscEscape:
            m_state = c == '\\' ? State::Text : State::Osc;
            break;
        case State::Charset:
            m_state = State::Text;
            break;
        }
        ++p;
    }
    out.truncate(o - begin);
    return out;
}

} // namespace rollcage::execution
