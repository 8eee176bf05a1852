#pragma once

#include <QNetworkReply>
#include <QTimer>

#include <functional>

namespace rollcage {

// QNetworkRequest's transfer timeout only counts idle time: a server that trickles its
// answer would never time out. This hard deadline aborts `reply` after `ms` whatever
// it is doing; `expired` runs first, so the owner can tell a timeout from an abort.
inline void abortAtDeadline(QNetworkReply *reply, int ms, const std::function<void()> &expired)
{
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, expired] {
        expired();
        reply->abort();
    });
    deadline->start(ms);
}

} // namespace rollcage
