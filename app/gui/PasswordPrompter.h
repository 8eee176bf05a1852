#pragma once

#include "integrations/SecretPrompter.h"

class QWidget;

namespace rollcage::gui {

// Asks the operator for a secret the keychain does not hold: a password field that
// never echoes, and "remember in keychain". Non-modal; answers by signal.
class PasswordPrompter : public integrations::SecretPrompter
{
    Q_OBJECT
public:
    explicit PasswordPrompter(QWidget *window, QObject *parent = nullptr);
    void ask(quint64 id, const QString &scope, const QString &name, const QString &reason) override;

private:
    QWidget *m_window;
};

} // namespace rollcage::gui
