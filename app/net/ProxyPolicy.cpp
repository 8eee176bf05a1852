#include "net/ProxyPolicy.h"

#include "core/NetworkPolicy.h"

#include <QNetworkProxyFactory>

namespace rollcage::net {

void applyProxyPolicy()
{
    static const bool applied = [] {
        if (useSystemProxy())
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(applied);
}

} // namespace rollcage::net
