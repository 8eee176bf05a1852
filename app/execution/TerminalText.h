#pragma once

#include <QByteArray>

namespace rollcage::execution {

// A terminal transcript as text to keep and read: what a terminal step printed, minus
// what only a screen understands — escape sequences (colours, cursor movement, bracketed
// paste, window titles), carriage returns and bells — so the stored log, the report and
// `rollcage follow` read like a plain step's output. The embedded terminal gets the raw
// bytes. Sequences split across reads are held back until they end. One per stream.
class TerminalText
{
public:
    QByteArray feed(const QByteArray &bytes);
    void reset() { m_state = State::Text; }

private:
    enum class State { Text, Escape, Csi, Osc, OscEscape, Charset };
    State m_state = State::Text;
};

} // namespace rollcage::execution
