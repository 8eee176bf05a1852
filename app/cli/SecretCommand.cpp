#include "cli/SecretCommand.h"

#include "cli/Console.h"
#include "cli/Options.h"
#include "cli/TerminalPrompter.h"
#include "core/Tr.h"
#include "integrations/CredentialStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace rollcage::cli {

namespace {

using integrations::CredentialResult;
using integrations::CredentialStore;

ROLLCAGE_TR_CONTEXT("rollcage::cli")

// Runs the event loop until the store answers `id`, then returns the exit code.
int awaitStore(CredentialStore &store, quint64 id, const QString &success)
{
    QObject::connect(&store, &CredentialStore::finished, &store,
                     [id, success](quint64 done, const CredentialResult &result) {
                         if (done != id)
                             return;
                         if (result.ok()) {
                             out(success);
                             QCoreApplication::exit(ExitOk);
                         } else {
                             err(QStringLiteral("rollcage: ") + result.message);
                             QCoreApplication::exit(
                                 result.error == CredentialResult::Error::InvalidKey ? ExitUsage
                                                                                     : ExitFailure);
                         }
                     });
    return QCoreApplication::exec();
}

// A piped value: everything on stdin, less the one line break `echo` or a file adds.
QString readPipedValue()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    QString value = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return value;
}

int set(const QString &scope, const QString &name)
{
    if (const Status valid = CredentialStore::validate(scope, name); !valid) {
        err(QStringLiteral("rollcage: ") + valid.error);
        return ExitUsage;
    }
    CredentialStore store;
    const QString stored = tr("Stored %1 for %2 in the keychain.").arg(name, scope);
    if (!TerminalPrompter::stdinIsTerminal()) {
        const QString value = readPipedValue();
        if (value.isEmpty()) {
            err(tr("rollcage: no value on stdin for %1; nothing was stored. Pipe it in, e.g. "
                   "printenv TOKEN | rollcage secret set %2 %1")
                    .arg(name, scope));
            return ExitFailure;
        }
        return awaitStore(store, store.write(scope, name, value), stored);
    }
    TerminalPrompter prompter(/*offerRemember=*/false);
    QObject::connect(&prompter, &TerminalPrompter::answered, &store,
                     [&store, scope, name, stored](quint64, const QString &value, bool) {
                         const quint64 id = store.write(scope, name, value);
                         QObject::connect(&store, &CredentialStore::finished, &store,
                                          [id, stored](quint64 done, const CredentialResult &r) {
                                              if (done != id)
                                                  return;
                                              if (r.ok())
                                                  out(stored);
                                              else
                                                  err(QStringLiteral("rollcage: ") + r.message);
                                              QCoreApplication::exit(r.ok() ? ExitOk : ExitFailure);
                                          });
                     });
    QObject::connect(&prompter, &TerminalPrompter::declined, &store,
                     [name](quint64, const QString &reason) {
                         err(tr("rollcage: %1 was not stored (%2).").arg(name, reason));
                         QCoreApplication::exit(ExitFailure);
                     });
    prompter.ask(1, scope, name, {});
    return QCoreApplication::exec();
}

int remove(const QString &scope, const QString &name)
{
    if (const Status valid = CredentialStore::validate(scope, name); !valid) {
        err(QStringLiteral("rollcage: ") + valid.error);
        return ExitUsage;
    }
    CredentialStore store;
    return awaitStore(store, store.remove(scope, name),
                      tr("Deleted %1 for %2 from the keychain.").arg(name, scope));
}

int list(const QString &scope)
{
    // Names come from the settings: listing never unlocks the keychain.
    const CredentialStore store;
    if (!scope.isEmpty()) {
        for (const QString &name : store.names(scope))
            out(name);
        return ExitOk;
    }
    for (const QString &s : store.scopes()) {
        for (const QString &name : store.names(s))
            out(s + QLatin1Char('\t') + name);
    }
    return ExitOk;
}

} // namespace

int secretCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the secrets runbook steps use, in the OS keychain.\n\n"
           "  secret set SCOPE NAME     store a value read from stdin (hidden on a terminal)\n"
           "  secret delete SCOPE NAME  remove it\n"
           "  secret list [SCOPE]       the stored names (never values)\n\n"
           "SCOPE is SERVICE/ENVIRONMENT, e.g. larkspur-checkout/production."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, delete or list"),
                                 QStringLiteral("secret set|delete|list"));
    parser.addPositionalArgument(QStringLiteral("scope"), tr("SERVICE/ENVIRONMENT"),
                                 QStringLiteral("[SCOPE]"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("the secret's name"),
                                 QStringLiteral("[NAME]"));
    // The per-attempt keychain chatter is for developers; the user gets one sentence.
    setLogRules(QStringLiteral("rollcage.keychain.debug=false\n"
                               "rollcage.keychain.warning=false"));
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage secret: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() <= 2)
        return list(args.value(1));
    if ((action == QLatin1String("set") || action == QLatin1String("delete")) && args.size() == 3)
        return action == QLatin1String("set") ? set(args.at(1), args.at(2))
                                              : remove(args.at(1), args.at(2));
    err(tr("rollcage secret: expected 'set SCOPE NAME', 'delete SCOPE NAME' or 'list [SCOPE]'; "
           "see rollcage secret --help"));
    return ExitUsage;
}

} // namespace rollcage::cli
