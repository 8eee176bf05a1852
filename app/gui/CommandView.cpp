#include "gui/CommandView.h"

#include "gui/Syntax.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>

namespace rollcage::gui {

CommandView::CommandView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Step commands"));
    applyTheme();
}

void CommandView::setCode(const QString &code, const QString &language)
{
    m_highlighter->setDefinition(definitionForLanguage(language));
    setPlainText(code);
    setCurrentLine(0);
}

QString CommandView::definitionName() const
{
    // Plain text has no name worth showing (the library calls it "None").
    const auto definition = m_highlighter->definition();
    return definition.isValid() ? definition.name() : QString();
}

void CommandView::setCurrentLine(int line)
{
    m_currentLine = line;
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        QColor color = palette().color(QPalette::Highlight);
        color.setAlpha(70);
        mark.format.setBackground(color);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        selections.append(mark);
        setTextCursor(QTextCursor(block));
        ensureCursorVisible();
    }
    setExtraSelections(selections);
}

void CommandView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QPlainTextEdit::changeEvent(event);
}

void CommandView::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = themeFor(palette());
    m_highlighter->setTheme(theme);
    QPalette p = palette();
    p.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    // Setting the palette triggers PaletteChange again; block the loop.
    const QSignalBlocker blocker(this);
    setAttribute(Qt::WA_SetPalette, false);
    viewport()->setPalette(p);
    m_highlighter->rehighlight();
}

} // namespace rollcage::gui
