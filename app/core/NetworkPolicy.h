#pragma once

namespace rollcage::net {

// Whether health checks and webhooks go through the system's proxy configuration.
// The application turns it on; QtNetwork is applied lazily (rollcage_net reads this
// when it creates its first network access manager), so this header needs no QtNetwork.
void setUseSystemProxy(bool use);
bool useSystemProxy();

} // namespace rollcage::net
