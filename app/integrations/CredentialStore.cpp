#include "integrations/CredentialStore.h"

#include "core/Logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QRegularExpression>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <dlfcn.h>

namespace rollcage::integrations {

namespace {

using Error = CredentialResult::Error;

QString keyFor(const QString &scope, const QString &name)
{
    // Names never contain '/', so the last '/' always separates scope from name.
    return scope + QLatin1Char('/') + name;
}

const char *verb(CredentialOperation op)
{
    switch (op) {
    case CredentialOperation::Read:
        return "read";
    case CredentialOperation::Write:
        return "store";
    case CredentialOperation::Remove:
        return "delete";
    }
    return "use";
}

QString noBackendMessage(const QString &detail)
{
    return CredentialStore::tr(
               "No keychain backend is available (%1). Rollcage keeps secrets only in the "
               "OS keychain: install and start gnome-keyring (or KWallet) in your desktop "
               "session, then try again. Nothing was stored anywhere else.")
        .arg(detail);
}

// QtKeychain reaches the Secret Service through libsecret, which it loads with QLibrary,
// and Qt unloads such libraries as the process exits. GLib outlives it there, still
// holding libsecret's GObject types and its service proxy, which then point into unmapped
// memory (LeakSanitizer reports all they hold as leaked). Once loaded, it stays.
void keepLibsecretLoaded()
{
    static const bool pinned = [] {
        return ::dlopen("libsecret-1.so.0", RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE) != nullptr;
    }();
    Q_UNUSED(pinned);
}

// Maps a finished QtKeychain job to our error kinds. libsecret reports a missing or
// unreachable Secret Service as a generic error, so those are recognised by the
// D-Bus wording of the message.
Error classify(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return detail.contains(QLatin1String("locked"), Qt::CaseInsensitive) ? Error::Locked
                                                                             : Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return Error::Locked;
    static const QRegularExpression unreachable(
        QStringLiteral("d-?bus|session bus|secrets?[ _.]service|org\\.freedesktop\\.secrets|"
                       "could not connect|no such file|connection refused|not provided by any"),
        QRegularExpression::CaseInsensitiveOption);
    return unreachable.match(detail).hasMatch() ? Error::NoBackend : Error::Failed;
}

// Each operation has whole sentences of its own, so a translation never has to fit a
// verb into a sentence around it. %1 is the name, %2 the scope, %3 what the keychain said.
QString lockedMessage(CredentialOperation op)
{
    switch (op) {
    case CredentialOperation::Read:
        return CredentialStore::tr(
            "The keychain is locked, so Rollcage could not read the secret %1 for %2. Unlock "
            "it (your desktop's password manager, e.g. Passwords and Keys, can do that) and "
            "try again.");
    case CredentialOperation::Write:
        return CredentialStore::tr(
            "The keychain is locked, so Rollcage could not store the secret %1 for %2. Unlock "
            "it (your desktop's password manager, e.g. Passwords and Keys, can do that) and "
            "try again.");
    case CredentialOperation::Remove:
        break;
    }
    return CredentialStore::tr(
        "The keychain is locked, so Rollcage could not delete the secret %1 for %2. Unlock it "
        "(your desktop's password manager, e.g. Passwords and Keys, can do that) and try again.");
}

QString refusedMessage(CredentialOperation op)
{
    switch (op) {
    case CredentialOperation::Read:
        return CredentialStore::tr("The keychain refused to read the secret %1 for %2 (%3). "
                                   "Unlock the keychain (or allow Rollcage access) and try again.");
    case CredentialOperation::Write:
        return CredentialStore::tr("The keychain refused to store the secret %1 for %2 (%3). "
                                   "Unlock the keychain (or allow Rollcage access) and try again.");
    case CredentialOperation::Remove:
        break;
    }
    return CredentialStore::tr("The keychain refused to delete the secret %1 for %2 (%3). "
                               "Unlock the keychain (or allow Rollcage access) and try again.");
}

QString failedMessage(CredentialOperation op)
{
    switch (op) {
    case CredentialOperation::Read:
        return CredentialStore::tr("Could not read the secret %1 for %2 from the keychain: %3");
    case CredentialOperation::Write:
        return CredentialStore::tr("Could not store the secret %1 for %2 in the keychain: %3");
    case CredentialOperation::Remove:
        break;
    }
    return CredentialStore::tr("Could not delete the secret %1 for %2 from the keychain: %3");
}

// The sentence a person reads about a finished request: what, which secret, what now.
QString describe(const CredentialResult &r, const QString &detail)
{
    switch (r.error) {
    case Error::None:
    case Error::InvalidKey:
        return {};
    case Error::NotFound:
        if (r.operation == CredentialOperation::Remove)
            return CredentialStore::tr(
                       "There is no secret %1 for %2 in the keychain; nothing was deleted.")
                .arg(r.name, r.scope);
        return CredentialStore::tr("There is no secret %1 for %2 in the keychain. Store it "
                                   "with: rollcage secret set %2 %1")
            .arg(r.name, r.scope);
    case Error::NoBackend:
        return noBackendMessage(detail);
    case Error::Locked:
        return lockedMessage(r.operation).arg(r.name, r.scope);
    case Error::AccessDenied:
        return refusedMessage(r.operation).arg(r.name, r.scope, detail);
    case Error::Failed:
        break;
    }
    return failedMessage(r.operation).arg(r.name, r.scope, detail);
}

} // namespace

CredentialStore::CredentialStore(QObject *parent, const QString &settingsFile)
    : QObject(parent)
    , m_index(settingsFile)
{
}

CredentialStore::~CredentialStore() = default;

Status CredentialStore::validate(const QString &scope, const QString &name)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    // SERVICE/ENVIRONMENT: non-empty parts between slashes, no control characters.
    static const QRegularExpression scopeRe(
        QStringLiteral("^[^/\\x00-\\x1f\\x7f]+(/[^/\\x00-\\x1f\\x7f]+)+$"));
    if (scope.trimmed().isEmpty() || !scopeRe.match(scope).hasMatch() || scope != scope.trimmed())
        return Status::failure(
            tr("'%1' is not a credential scope: use SERVICE/ENVIRONMENT, for example "
               "larkspur-checkout/production.")
                .arg(scope));
    if (!nameRe.match(name).hasMatch())
        return Status::failure(tr("'%1' is not a credential name: use letters, digits, '_', "
                                  "'-' and '.', for example REDIS_KEY.")
                                   .arg(name));
    return Status::success();
}

quint64 CredentialStore::read(const QString &scope, const QString &name)
{
    return submit(CredentialOperation::Read, scope, name, {});
}

quint64 CredentialStore::write(const QString &scope, const QString &name, const QString &value)
{
    return submit(CredentialOperation::Write, scope, name, value);
}

quint64 CredentialStore::remove(const QString &scope, const QString &name)
{
    return submit(CredentialOperation::Remove, scope, name, {});
}

quint64 CredentialStore::submit(CredentialOperation operation, const QString &scope,
                                const QString &name, const QString &value)
{
    Request request;
    request.id = m_nextId++;
    request.result.operation = operation;
    request.result.scope = scope;
    request.result.name = name;
    request.value = value;
    const quint64 id = request.id;

    Status valid = validate(scope, name);
    if (valid && operation == CredentialOperation::Write && value.isEmpty())
        valid = Status::failure(tr("The value for %1 is empty; nothing was stored.").arg(name));
    if (!valid) {
        request.result.error = Error::InvalidKey;
        request.result.message = valid.error;
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, request] { conclude(request); });
        return id;
    }
    start(std::move(request));
    return id;
}

void CredentialStore::start(Request request)
{
    QKeychain::Job *job = nullptr;
    // The Secret Service reports deleting a missing entry as success; a read first
    // lets `secret delete` and the dialog say "there was nothing to delete".
    const bool probe = request.result.operation == CredentialOperation::Remove && !request.probed;
    switch (probe ? CredentialOperation::Read : request.result.operation) {
    case CredentialOperation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case CredentialOperation::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(request.value);
        job = write;
        break;
    }
    case CredentialOperation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(keyFor(request.result.scope, request.result.name));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    if (probe || request.result.operation != CredentialOperation::Remove)
        ++request.result.attempts;
    qCDebug(lcKeychain) << verb(request.result.operation) << request.result.scope
                        << request.result.name << "attempt" << request.result.attempts;

    connect(
        job, &QKeychain::Job::finished, this, [this, request, probe](QKeychain::Job *done) mutable {
            keepLibsecretLoaded();
            if (request.result.operation == CredentialOperation::Read && !done->error())
                request.result.value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            finishJob(std::move(request), probe, int(done->error()), done->errorString());
        });
    job->start();
}

void CredentialStore::finishJob(Request request, bool probe, int jobError, const QString &detail)
{
    CredentialResult &r = request.result;
    r.error = classify(QKeychain::Error(jobError), detail);
    if (r.error == Error::NoBackend && !request.retried) {
        request.retried = true;
        qCInfo(lcKeychain) << "keychain not available (" << detail << "), retrying in"
                           << m_retryDelay.count() << "ms";
        QTimer::singleShot(m_retryDelay, this, [this, request] { start(request); });
        return;
    }
    if (probe && r.ok()) {
        request.probed = true;
        start(std::move(request));
        return;
    }
    request.value.clear();
    if (r.error == Error::NotFound) {
        concludeMissing(std::move(request));
        return;
    }
    r.message = describe(r, detail);
    conclude(std::move(request));
}

void CredentialStore::concludeMissing(Request request)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    // Never start a Secret Service just to ask (KWallet users may not run one).
    get.setAutoStartService(false);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, request](QDBusPendingCallWatcher *call) mutable {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                if (!reply.isError() && reply.value().variant().toBool())
                    request.result.error = Error::Locked;
                request.result.message = describe(request.result, {});
                conclude(std::move(request));
            });
}

void CredentialStore::conclude(Request request)
{
    CredentialResult &r = request.result;
    bool changed = false;
    if (r.ok()) {
        if (r.operation == CredentialOperation::Remove)
            changed = m_index.remove(r.scope, r.name);
        else
            changed = m_index.add(r.scope, r.name);
    } else if (r.error == Error::NotFound) {
        // Deleted behind our back (seahorse, another machine's sync): forget the name.
        changed = m_index.remove(r.scope, r.name);
    }
    // A missing entry or a bad name is an answer the caller words for the user; a
    // keychain that fails is worth a warning in the log as well.
    if (r.error == Error::NotFound || r.error == Error::InvalidKey)
        qCDebug(lcKeychain).noquote() << r.message;
    else if (!r.ok())
        qCWarning(lcKeychain).noquote() << r.message;
    Q_EMIT finished(request.id, r);
    if (changed)
        Q_EMIT namesChanged();
}

} // namespace rollcage::integrations
