#include "core/NetworkPolicy.h"

#include <atomic>

namespace rollcage::net {

namespace {
std::atomic<bool> s_useSystemProxy{false};
}

void setUseSystemProxy(bool use)
{
    s_useSystemProxy = use;
}

bool useSystemProxy()
{
    return s_useSystemProxy;
}

} // namespace rollcage::net
