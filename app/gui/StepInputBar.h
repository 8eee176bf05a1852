#pragma once

#include <QFrame>
#include <QPointer>

#include <memory>

namespace Ui {
class StepInputBar;
}

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

// Under the log of a plain step that waits for input (a `read -p`, a `[y/N]`, `terraform
// apply` asking "yes"): says so, takes the operator's answer and passes it to the step
// through the Engine (Enter), or ends the step's input (End of input, Ctrl+D). When the
// step reads without echo (a password), the answer is typed hidden. Shown only while the
// Engine says the step waits; a step never hangs silently on its input.
class StepInputBar : public QFrame
{
    Q_OBJECT
public:
    explicit StepInputBar(execution::Engine *engine, QWidget *parent = nullptr);
    ~StepInputBar() override;

    // The step the bar is for, -1 when it is hidden.
    int step() const { return m_step; }
    bool isSecret() const;
    void send();
    void endInput();

Q_SIGNALS:
    void message(const QString &text, bool problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onWaiting(int index, bool waiting, bool echoed);

    std::unique_ptr<Ui::StepInputBar> m_ui;
    QPointer<execution::Engine> m_engine;
    int m_step = -1;
};

} // namespace rollcage::gui
