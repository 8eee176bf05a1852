#include "incident/StoreUrl.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace rollcage::incident {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::incident")

// libpq's conninfo quoting: the value in single quotes, ' and \ escaped. Qt joins the
// options with spaces (';' separates them), so a value may not hold a ';'.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}
} // namespace

Result<QString> connectOptionsFor(const QUrl &url)
{
    using R = Result<QString>;
    // A server that is away is said within seconds, not after TCP's minutes.
    QString options = QStringLiteral("connect_timeout=3");
    const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                            QStringLiteral("prefer"),    QStringLiteral("require"),
                            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QStringList files{QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                            QStringLiteral("sslkey"), QStringLiteral("sslcrl")};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("password"))
            return R::failure(tr("The store URL carries a password in password=…, which the "
                                 "process list and the shell history would show. Remove it and "
                                 "keep the password in the keychain (rollcage secret set store/"
                                 "HOST:PORT/DB USER)."));
        if (key == QLatin1String("sslmode")) {
            if (!modes.contains(value))
                return R::failure(tr("The store URL's sslmode=%1 is not one libpq knows: use "
                                     "one of %2 (verify-full checks the certificate and the "
                                     "host name).")
                                      .arg(value, modes.join(QLatin1String(", "))));
        } else if (files.contains(key)) {
            // Relative to where Rollcage was started, as libpq would read it; said now,
            // with the path, rather than as libpq's "could not read" after connecting.
            if (!QFileInfo(value).isReadable())
                return R::failure(tr("The store URL's %1=%2 names no readable file: give the "
                                     "path of the certificate file (absolute, or relative to "
                                     "where Rollcage starts).")
                                      .arg(key, value));
        } else {
            return R::failure(tr("The store URL's parameter %1 is not one Rollcage passes on: "
                                 "it takes sslmode, %2 (the password is kept in the keychain).")
                                  .arg(key, files.join(QLatin1String(", "))));
        }
        if (value.contains(QLatin1Char(';')))
            return R::failure(tr("The store URL's %1 contains a ';', which the PostgreSQL "
                                 "driver cannot pass on: move the file to a path without one.")
                                  .arg(key));
        options += QStringLiteral(";%1=%2").arg(key, quoted(value));
    }
    return R::success(options);
}

QString tlsHint(const QString &error, const QUrl &url)
{
    const QUrlQuery query(url);
    const QString ca = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    // libpq's words, as OpenSSL and libpq put them.
    if (error.contains(QLatin1String("certificate verify failed")))
        return tr("The server's TLS certificate is not signed by the certificate authority in "
                  "%1: get the CA certificate that signed the server's from whoever runs the "
                  "database and give its file as sslrootcert=PATH in the URL.")
            .arg(ca.isEmpty() ? tr("~/.postgresql/root.crt (no sslrootcert given)") : ca);
    if (error.contains(QLatin1String("does not match host name")))
        return tr("The server's TLS certificate is not made out to the host name %1 in the URL: "
                  "connect with the name the certificate was made for (the message above "
                  "names it), or ask whoever runs the database for a certificate that names "
                  "%1. Do not lower sslmode to get past it.")
            .arg(url.host());
    if (error.contains(QLatin1String("server does not support SSL")))
        return tr("The server at %1 does not offer TLS: ask whoever runs the database to turn "
                  "ssl on, or, on a network you trust, drop sslmode from the URL.")
            .arg(url.host());
    return {};
}

} // namespace rollcage::incident
