#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace rollcage::execution {

// Where the runner gets the values of the secrets a step needs (deployment tokens,
// database passwords). Asynchronous, because the answer may come from the OS keychain
// or from a person typing into a dialog or a no-echo terminal prompt.
//
// Contract: for every request() exactly one of provided()/failed() is emitted later
// with the same id (never synchronously from inside request()). Values go only into
// the step's environment and the masking filter; implementations never log them.
class SecretSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // `scope` groups credentials (runbook or service name plus environment, e.g.
    // "larkspur-checkout/production"); `names` are the secret placeholder names.
    virtual void request(quint64 id, const QString &scope, const QStringList &names) = 0;

Q_SIGNALS:
    void provided(quint64 id, const QHash<QString, QString> &values);
    void failed(quint64 id, const QString &error);
};

} // namespace rollcage::execution
