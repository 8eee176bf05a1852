#include "cli/SecretSourceFactory.h"

#include "cli/TerminalPrompter.h"
#include "integrations/CredentialStore.h"
#include "integrations/KeychainSecretSource.h"

#include <QCoreApplication>

namespace rollcage::cli {

execution::SecretSource *createSecretSource(QObject *parent)
{
    auto *store = new integrations::CredentialStore;
    TerminalPrompter *prompter = nullptr;
    auto *source = new integrations::KeychainSecretSource(store, nullptr, parent);
    store->setParent(source);
    if (TerminalPrompter::stdinIsTerminal()) {
        prompter = new TerminalPrompter(/*offerRemember=*/true, source);
        source->setPrompter(prompter);
    } else {
        source->setNoPrompterReason(
            QCoreApplication::translate("cli", "stdin is not a terminal to ask for them on"));
    }
    return source;
}

} // namespace rollcage::cli
