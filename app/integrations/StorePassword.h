#pragma once

#include <QString>

#include <optional>

namespace rollcage::integrations {

// The password of a shared (PostgreSQL) incident store lives in the keychain, under scope
// "store/HOST:PORT/DB" and the user's name, never in the URL: a URL is in the process
// list, the shell history and the settings. `rollcage secret set store/HOST:PORT/DB USER`
// (or Tools → Credentials…) keeps it; the store is opened without one first (a server
// trusting the user, ~/.pgpass, PGPASSWORD and client certificates need none) and with
// the kept one when the server asks for a password.
struct StoreSecret
{
    QString scope;
    QString name;
};

// The keychain entry of a postgresql:// URL; none for a SQLite path.
std::optional<StoreSecret> storeSecret(const QString &location);
// Whether a URL carries a password (refused: say where it belongs instead).
bool urlHasPassword(const QString &location);
// The refusal for a URL carrying a password, naming the keychain entry to use.
QString passwordInUrlError(const QString &location);
// Whether a failure to connect means the server wants a password (none given, or the
// one given is wrong).
bool needsPassword(const QString &error);
// What to do when it does: the command that keeps the password.
QString storePasswordHint(const QString &location);

} // namespace rollcage::integrations
