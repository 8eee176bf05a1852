#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace rollcage::gui {

// A step's commands, syntax highlighted, read-only, with the line that is executing
// right now marked (the runner reports it by line number).
class CommandView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommandView(QWidget *parent = nullptr);

    void setCode(const QString &code, const QString &language);
    // 1-based line of the code, 0 to clear the mark.
    void setCurrentLine(int line);
    int currentLine() const { return m_currentLine; }
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    int m_currentLine = 0;
};

} // namespace rollcage::gui
