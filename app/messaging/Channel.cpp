#include "messaging/Channel.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rollcage::messaging {

namespace {

// 127.0.0.0/8 and ::1, the way QUrl normalises them ("127.1" is already "127.0.0.1").
// Decided here rather than with QHostAddress so that the core does not need QtNetwork.
bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost") || host == QLatin1String("::1"))
        return true;
    const QString v4 = host.startsWith(QLatin1String("::ffff:"), Qt::CaseInsensitive) ? host.mid(7) : host;
    const QStringList parts = v4.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        if (part.toUInt(&ok) > 255 || !ok)
            return false;
    }
    return parts.first() == QLatin1String("127");
}

ROLLCAGE_TR_CONTEXT("rollcage::messaging")

QJsonObject textBlock(const QString &text, bool heading)
{
    QJsonObject block{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                      {QStringLiteral("text"), text},
                      {QStringLiteral("wrap"), true}};
    if (heading) {
        block.insert(QStringLiteral("weight"), QStringLiteral("Bolder"));
        block.insert(QStringLiteral("size"), QStringLiteral("Medium"));
    }
    return block;
}

// Teams Workflows webhooks (the successor of the retired Office 365 connectors) take a
// message with an Adaptive Card attachment.
// Slack reads &, < and > as markup ("<!channel>" pings everyone); its documented escapes
// make them literal text.
QString slackEscaped(QString text)
{
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return text;
}

// Slack and Teams drop custom headers before a person or a bot sees the message, so the
// idempotency key also travels in the message itself: a receiver (or a human) can tell a
// repeat from a new message, and the report can be matched to the post.
QString referenceLine(const OutgoingMessage &message)
{
    return tr("Rollcage incident %1 · message %2").arg(message.incidentId).arg(message.key);
}

QJsonObject teamsCard(const OutgoingMessage &message)
{
    QJsonArray body;
    if (!message.title.isEmpty())
        body.append(textBlock(message.title, true));
    body.append(textBlock(message.text, false));
    QJsonObject footer = textBlock(referenceLine(message), false);
    footer.insert(QStringLiteral("isSubtle"), true);
    footer.insert(QStringLiteral("size"), QStringLiteral("Small"));
    body.append(footer);
    const QJsonObject card{{QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
                           {QStringLiteral("$schema"),
                            QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
                           {QStringLiteral("version"), QStringLiteral("1.4")},
                           {QStringLiteral("body"), body}};
    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
        {QStringLiteral("content"), card}};
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

} // namespace

QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Slack:
        return QStringLiteral("slack");
    case ChannelKind::Teams:
        return QStringLiteral("teams");
    case ChannelKind::Webhook:
        break;
    }
    return QStringLiteral("webhook");
}

QString channelKindLabel(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Slack:
        return tr("Slack");
    case ChannelKind::Teams:
        return tr("Microsoft Teams");
    case ChannelKind::Webhook:
        break;
    }
    return tr("JSON webhook");
}

std::optional<ChannelKind> channelKindFromName(const QString &name)
{
    for (ChannelKind kind : {ChannelKind::Slack, ChannelKind::Teams, ChannelKind::Webhook}) {
        if (channelKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QByteArray webhookPayload(ChannelKind kind, const OutgoingMessage &message, const QDateTime &sentAt)
{
    QJsonObject root;
    switch (kind) {
    case ChannelKind::Slack: {
        // Slack shows the text only; a title goes in as its first, bold line.
        QString text = slackEscaped(message.text);
        if (!message.title.isEmpty())
            text = QLatin1Char('*') + slackEscaped(message.title) + QStringLiteral("*\n") + text;
        // The reference goes last, in italics, as a footer line under the message.
        text += QStringLiteral("\n_") + slackEscaped(referenceLine(message)) + QLatin1Char('_');
        root.insert(QStringLiteral("text"), text);
        break;
    }
    case ChannelKind::Teams:
        root = teamsCard(message);
        break;
    case ChannelKind::Webhook:
        root = {{QStringLiteral("idempotency_key"), message.key},
                {QStringLiteral("incident"),
                 QJsonObject{{QStringLiteral("id"), message.incidentId},
                             {QStringLiteral("title"), message.incidentTitle}}},
                {QStringLiteral("title"), message.title},
                {QStringLiteral("text"), message.text},
                {QStringLiteral("sent_at"), sentAt.toUTC().toString(Qt::ISODateWithMs)}};
        break;
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status checkWebhookUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Status::failure(tr("This is not a webhook URL: it needs to look like "
                                  "https://hooks.example.com/…; paste the whole URL the service "
                                  "gave you."));
    if (url.scheme() == QLatin1String("https"))
        return Status::success();
    const bool local = isLoopbackHost(url.host());
    if (url.scheme() == QLatin1String("http") && local)
        return Status::success();
    return Status::failure(tr("A webhook URL must start with https:// (it is a credential and "
                              "must not cross the network in clear text); plain http is only "
                              "accepted to this machine."));
}

} // namespace rollcage::messaging
