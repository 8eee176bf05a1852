#include "execution/TerminalText.h"

namespace rollcage::execution {

QByteArray TerminalText::feed(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (m_state) {
        case State::Text:
            if (c == 0x1b)
                m_state = State::Escape;
            else if (c == '\b') {
                // A backspace the shell echoes to erase what was typed.
                if (!out.isEmpty() && out.back() != '\n')
                    out.chop(1);
            } else if (c == '\r' || c == 0x07 || c == 0x0e || c == 0x0f || c == 0)
                ; // "\r\n" is a line end; the rest only moves or rings
            else
                out.append(ch);
            break;
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
    }
    return out;
}

} // namespace rollcage::execution
