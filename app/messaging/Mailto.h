#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace rollcage::messaging {

struct MailDraft
{
    QStringList to;
    QString subject;
    QString body;
};

// A mailto: URL (RFC 6068) that opens the draft in the user's mail program; the GUI
// hands it to QDesktopServices::openUrl. Fails, naming the address, when a recipient is
// not an e-mail address.
Result<QUrl> mailtoUrl(const MailDraft &draft);

} // namespace rollcage::messaging
