#pragma once

#include <QObject>
#include <QString>

namespace rollcage::integrations {

// Asks a person for a secret the keychain does not have: a password dialog with
// "remember in keychain" in the GUI, a no-echo terminal prompt in the CLI.
//
// Contract: for every ask() exactly one of answered()/declined() is emitted later with
// the same id. Implementations never log or keep the value.
class SecretPrompter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `reason` says why the keychain could not answer (not stored, no keychain).
    virtual void ask(quint64 id, const QString &scope, const QString &name,
                     const QString &reason) = 0;

Q_SIGNALS:
    // `remember`: the person asked to store the value in the keychain.
    void answered(quint64 id, const QString &value, bool remember);
    void declined(quint64 id, const QString &reason);
};

} // namespace rollcage::integrations
