#pragma once

#include "core/SecretSource.h"

namespace rollcage::cli {

// The SecretSource the headless commands (`rollcage run`) use: the OS keychain first,
// then a no-echo terminal prompt when stdin is a terminal, and otherwise a clear failure
// naming the missing secret and the `rollcage secret set SCOPE NAME` command that
// stores it. The scope passed to request() is "<service>/<environment>".
execution::SecretSource *createSecretSource(QObject *parent);

} // namespace rollcage::cli
