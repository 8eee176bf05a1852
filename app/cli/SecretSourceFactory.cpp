// Provisional: the keychain engineer's implementation replaces this file at merge. Until
// then every request fails with a clear message, asynchronously as the contract asks.
#include "cli/SecretSourceFactory.h"

#include <QCoreApplication>
#include <QTimer>

namespace rollcage::cli {

namespace {
class UnavailableSecretSource : public execution::SecretSource
{
public:
    using SecretSource::SecretSource;
    void request(quint64 id, const QString &, const QStringList &names) override
    {
        QTimer::singleShot(0, this, [this, id, names] {
            Q_EMIT failed(id, QCoreApplication::translate("cli", "secret %1 is needed; keychain "
                                                                 "support is not available in "
                                                                 "this build")
                                  .arg(names.join(QStringLiteral(", "))));
        });
    }
};
} // namespace

execution::SecretSource *createSecretSource(QObject *parent)
{
    return new UnavailableSecretSource(parent);
}

} // namespace rollcage::cli
