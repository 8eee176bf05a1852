#include "execution/TypedLines.h"

namespace rollcage::execution {

QList<TypedLines::Line> TypedLines::feed(const QByteArray &bytes, bool echoed)
{
    QList<Line> out;
    for (const char c : bytes) {
        const LineEditor::Key key = m_editor.feed(c);
        if (key == LineEditor::Key::Ignored)
            continue;
        m_typed = true;
        m_hidden = m_hidden || !echoed;
        switch (key) {
        case LineEditor::Key::Enter:
            endLine(out);
            break;
        case LineEditor::Key::Interrupt:
        case LineEditor::Key::EndOfInput:
            m_editor.append(LineEditor::caret(c));
            endLine(out);
            break;
        case LineEditor::Key::Control:
            m_editor.append(LineEditor::caret(c));
            break;
        default:
            break;
        }
    }
    return out;
}

QList<TypedLines::Line> TypedLines::flush()
{
    QList<Line> out;
    if (m_typed)
        endLine(out);
    // A sequence cut off by the end (or by a button's line) is not carried into the next.
    m_editor.reset();
    return out;
}

void TypedLines::reset()
{
    m_editor.reset();
    m_hidden = false;
    m_typed = false;
}

void TypedLines::endLine(QList<Line> &out)
{
    const QString text = QString::fromUtf8(m_editor.line());
    out.append({m_hidden ? QString() : text, m_hidden, m_hidden ? text : QString()});
    m_editor.clear();
    m_hidden = false;
    m_typed = false;
}

} // namespace rollcage::execution
