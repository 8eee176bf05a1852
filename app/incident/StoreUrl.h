#pragma once

#include "core/Result.h"

#include <QString>

class QUrl;

namespace rollcage::incident {

// The libpq connection options a postgresql:// store URL's query asks for: TLS
// (sslmode, sslrootcert, sslcert, sslkey, sslcrl), as `key='value'` pairs for
// QSqlDatabase::setConnectOptions, after the connect timeout. Anything else in the query
// is refused, a password above all (it belongs in the keychain), so a typo such as
// `sslmode=verify_full` is said instead of silently connecting without TLS.
Result<QString> connectOptionsFor(const QUrl &url);

// What to do about a connection failure that is TLS's (a certificate signed by another
// authority, made for another host name, a server without TLS): a sentence, or empty
// when the failure is something else.
QString tlsHint(const QString &error, const QUrl &url);

} // namespace rollcage::incident
