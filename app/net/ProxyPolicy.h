#pragma once

namespace rollcage::net {

// Applies core/NetworkPolicy.h to QtNetwork, once, before the first request is made.
void applyProxyPolicy();

} // namespace rollcage::net
