#include "messaging/Mailto.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::messaging {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::messaging")

QByteArray encoded(const QString &text)
{
    return QUrl::toPercentEncoding(text);
}

} // namespace

Result<QUrl> mailtoUrl(const MailDraft &draft)
{
    // Deliberately loose: one '@', something on each side, nothing that would split the
    // list or the URL. The mail program is the judge of the rest.
    static const QRegularExpression addressRe(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+$"));
    QByteArrayList recipients;
    for (const QString &raw : draft.to) {
        const QString address = raw.trimmed();
        if (address.isEmpty())
            continue;
        if (!addressRe.match(address).hasMatch())
            return Result<QUrl>::failure(
                tr("'%1' is not an e-mail address: write it as name@example.com, one per "
                   "recipient.")
                    .arg(address));
        // '@' stays readable; everything else that is not plain is escaped.
        recipients.append(QUrl::toPercentEncoding(address, "@"));
    }
    QByteArray url = "mailto:" + recipients.join(',');
    QByteArrayList fields;
    if (!draft.subject.isEmpty())
        fields.append("subject=" + encoded(draft.subject));
    if (!draft.body.isEmpty()) {
        // RFC 6068: line breaks in a body are CRLF.
        QString body = draft.body;
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        fields.append("body=" + encoded(body));
    }
    if (!fields.isEmpty())
        url += '?' + fields.join('&');
    return Result<QUrl>::success(QUrl::fromEncoded(url, QUrl::StrictMode));
}

} // namespace rollcage::messaging
