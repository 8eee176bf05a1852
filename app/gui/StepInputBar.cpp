#include "gui/StepInputBar.h"

#include "execution/Engine.h"
#include "gui/Palette.h"
#include "ui_StepInputBar.h"

#include <QKeyEvent>

namespace rollcage::gui {

StepInputBar::StepInputBar(execution::Engine *engine, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::StepInputBar>())
    , m_engine(engine)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("stepInputBar"));
    m_ui->inputMessageLabel->setStyleSheet(toneTextStyle(Tone::Warning, palette()));
    connect(m_ui->inputAnswerEdit, &QLineEdit::returnPressed, this, &StepInputBar::send);
    connect(m_ui->inputSendButton, &QPushButton::clicked, this, &StepInputBar::send);
    connect(m_ui->inputEndButton, &QPushButton::clicked, this, &StepInputBar::endInput);
    m_ui->inputAnswerEdit->installEventFilter(this);
    hide();
    if (!m_engine)
        return;
    connect(m_engine, &execution::Engine::waitsForInput, this, &StepInputBar::onWaiting);
    connect(m_engine, &execution::Engine::stepFinished, this,
            [this](int index) { onWaiting(index, false, true); });
}

StepInputBar::~StepInputBar() = default;

bool StepInputBar::isSecret() const
{
    return m_ui->inputAnswerEdit->echoMode() != QLineEdit::Normal;
}

void StepInputBar::onWaiting(int index, bool waiting, bool echoed)
{
    if (!waiting) {
        if (index == m_step) {
            m_step = -1;
            m_ui->inputAnswerEdit->clear();
            hide();
        }
        return;
    }
    const bool wasShown = m_step == index && isVisible();
    m_step = index;
    m_ui->inputAnswerEdit->setEchoMode(echoed ? QLineEdit::Normal : QLineEdit::Password);
    m_ui->inputMessageLabel->setText(
        echoed ? tr("Step %1 is waiting for input: its question is the last line of the log "
                    "above. Type the answer and press Enter.")
                     .arg(index + 1)
               : tr("Step %1 is waiting for a secret (it reads without echo): what you type "
                    "is hidden, and neither shown in the log nor journalled.")
                     .arg(index + 1));
    show();
    // The question was just asked: the answer box is where the keyboard goes (not when
    // the operator is already typing an earlier answer there).
    if (!wasShown)
        m_ui->inputAnswerEdit->setFocus(Qt::OtherFocusReason);
}

void StepInputBar::send()
{
    if (!m_engine || m_step < 0)
        return;
    const Status s = m_engine->answerInput(m_ui->inputAnswerEdit->text());
    if (!s) {
        Q_EMIT message(s.error, true);
        return;
    }
    m_ui->inputAnswerEdit->clear();
}

void StepInputBar::endInput()
{
    if (!m_engine || m_step < 0)
        return;
    const Status s = m_engine->endInput();
    if (!s)
        Q_EMIT message(s.error, true);
}

bool StepInputBar::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+D in the answer box: end of input, as in a terminal.
    if (watched == m_ui->inputAnswerEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_D && key->modifiers() == Qt::ControlModifier) {
            endInput();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace rollcage::gui
