#include "core/HealthCheck.h"

#include <QRegularExpression>

namespace rollcage::health {

QString parseHealthCheck(const QString &text, HealthCheckSpec *spec)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(^\s*(?:(GET|HEAD)\s+)?(\S+)(?:\s+->\s*(\d{3}))?(?:\s+([\w.\-]+)\s*==\s*"?([^"]*?)"?)?\s*$)re"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return QStringLiteral("cannot read the health check \"%1\": expected "
                              "[GET|HEAD] URL [-> STATUS] [FIELD == VALUE]")
            .arg(text);
    const QUrl url(m.captured(2), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return QStringLiteral("\"%1\" is not an http:// or https:// URL").arg(m.captured(2));
    HealthCheckSpec parsed;
    parsed.url = url;
    parsed.headOnly = m.captured(1).compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0;
    if (!m.captured(3).isEmpty())
        parsed.expectedStatus = m.captured(3).toInt();
    parsed.jsonField = m.captured(4);
    parsed.jsonExpected = m.captured(5);
    parsed.name = (parsed.headOnly ? QStringLiteral("HEAD ") : QString()) + url.toDisplayString();
    *spec = parsed;
    return {};
}

QString substituteVariables(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression variable(
        QStringLiteral(R"(\$\{([A-Za-z_]\w*)(?::?-[^}]*)?\}|\$([A-Za-z_]\w*))"));
    QString out;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        out += text.mid(last, m.capturedStart() - last);
        out += values.contains(name) ? values.value(name) : m.captured(0);
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

} // namespace rollcage::health
