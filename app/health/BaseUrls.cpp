#include "health/BaseUrls.h"

#include "core/SettingsKeys.h"
#include "incident/Events.h"

#include <QSettings>

namespace rollcage::health {

BaseUrls loadBaseUrls(const QString &runbookTitle, const QString &environment)
{
    QSettings settings;
    settings.beginGroup(settings::baseUrlsGroup(runbookTitle, environment));
    BaseUrls urls;
    const int count = settings.beginReadArray(settings::kBaseUrlTargets);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QUrl url(settings.value(settings::kBaseUrlUrl).toString());
        if (url.isValid() && !url.isEmpty())
            urls.insert(settings.value(settings::kBaseUrlTarget).toString(), url);
    }
    settings.endArray();
    return urls;
}

void saveBaseUrls(const QString &runbookTitle, const QString &environment, const BaseUrls &urls)
{
    QSettings settings;
    settings.beginGroup(settings::baseUrlsGroup(runbookTitle, environment));
    settings.remove(QString());
    settings.beginWriteArray(settings::kBaseUrlTargets, int(urls.size()));
    int i = 0;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it, ++i) {
        settings.setArrayIndex(i);
        settings.setValue(settings::kBaseUrlTarget, it.key());
        settings.setValue(settings::kBaseUrlUrl, it.value().toString());
    }
    settings.endArray();
}

QJsonObject baseUrlsToJson(const BaseUrls &urls)
{
    QJsonObject json;
    for (auto it = urls.cbegin(); it != urls.cend(); ++it)
        json.insert(it.key(), it.value().toString());
    return json;
}

BaseUrls baseUrlsFromJson(const QJsonObject &json)
{
    BaseUrls urls;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QUrl url(it.value().toString());
        if (url.isValid() && !url.isEmpty())
            urls.insert(it.key(), url);
    }
    return urls;
}

BaseUrls baseUrlsFromJournal(const QList<incident::Event> &journal)
{
    for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
        if (incident::events::is<incident::events::HealthTargets>(*it))
            return baseUrlsFromJson(
                incident::events::read<incident::events::HealthTargets>(*it).targets);
    }
    return {};
}

QString checkBaseUrl(const QString &text, QUrl *url)
{
    const QUrl parsed(text.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return QStringLiteral("\"%1\" is not an http:// or https:// URL (e.g. https://api.staging.example.com)")
            .arg(text.trimmed());
    if (parsed.host().isEmpty())
        return QStringLiteral("\"%1\" has no host name").arg(text.trimmed());
    if (parsed.hasQuery() || parsed.hasFragment())
        return QStringLiteral("\"%1\": a base URL has no ?query or #fragment; the runbook's paths are "
                              "appended to it")
            .arg(text.trimmed());
    QString normal = parsed.toString();
    while (normal.endsWith(QLatin1Char('/')))
        normal.chop(1);
    *url = QUrl(normal);
    return {};
}

} // namespace rollcage::health
