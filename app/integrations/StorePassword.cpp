#include "integrations/StorePassword.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QUrl>

namespace rollcage::integrations {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::integrations")

bool isPostgres(const QUrl &url)
{
    return url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
}
} // namespace

std::optional<StoreSecret> storeSecret(const QString &location)
{
    const QUrl url(location);
    if (!isPostgres(url))
        return std::nullopt;
    const QString user = url.userName().isEmpty() ? QStringLiteral("postgres") : url.userName();
    return StoreSecret{
        QStringLiteral("store/%1:%2/%3").arg(url.host()).arg(url.port(5432)).arg(url.path().mid(1)),
        user};
}

bool urlHasPassword(const QString &location)
{
    const QUrl url(location);
    return isPostgres(url) && !url.password().isEmpty();
}

QString passwordInUrlError(const QString &location)
{
    const auto secret = storeSecret(location);
    return tr("The store URL carries a password, which the process list, the shell history "
              "and the settings would show. Keep it in the keychain instead: rollcage secret "
              "set %1 %2 (it asks for it), then give the URL without it: %3")
        .arg(secret->scope, secret->name, QUrl(location).toDisplayString(QUrl::RemovePassword));
}

bool needsPassword(const QString &error)
{
    // libpq's words for "a password is wanted" and "that password is wrong".
    return error.contains(QLatin1String("no password supplied")) ||
           error.contains(QLatin1String("password authentication failed"));
}

QString storePasswordHint(const QString &location)
{
    const auto secret = storeSecret(location);
    if (!secret)
        return {};
    return tr("The server wants a password for %1: keep it in the keychain with `rollcage "
              "secret set %2 %1` (or Tools → Credentials…), then start again.")
        .arg(secret->name, secret->scope);
}

} // namespace rollcage::integrations
