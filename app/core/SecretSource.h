#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

// In core, not execution/, because the keychain's source (integrations/) implements it and
// execution reaches integrations through messaging: neither includes the other for it.
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

    // The values the source already keeps for `names` (a keychain's entries), read without
    // asking anyone, so that they can be masked in what people type before a step has
    // fetched them (after a restart, say). Answered once by kept(), with the names it
    // keeps and could read; a name it lacks is left out, never prompted for. A source that
    // keeps nothing never answers.
    virtual void peek(quint64 id, const QString &scope, const QStringList &names)
    {
        Q_UNUSED(id);
        Q_UNUSED(scope);
        Q_UNUSED(names);
    }

Q_SIGNALS:
    void provided(quint64 id, const QHash<QString, QString> &values);
    void failed(quint64 id, const QString &error);
    void kept(quint64 id, const QHash<QString, QString> &values);
};

} // namespace rollcage::execution
