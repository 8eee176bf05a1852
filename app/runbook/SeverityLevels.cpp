#include "runbook/SeverityLevels.h"

#include <QRegularExpression>

namespace rollcage::runbook {

using RE = QRegularExpression;

QString severityCode(const QString &text)
{
    // "SEV-1", "Sev 2", "Severity 3", "P1", "P-2", "Priority 4"; the digit must end the
    // code ("P10x" is not one). "S1" is left out: "S3 bucket" would read as a level.
    static const RE code(QStringLiteral(R"(^\W{0,3}(sev(?:erity)?|p(?:riority)?)\s*[-_:]?\s*([0-9])(?![\w.]))"),
                         RE::CaseInsensitiveOption);
    const auto m = code.match(text);
    if (!m.hasMatch())
        return {};
    const QString family = m.captured(1).startsWith(u's', Qt::CaseInsensitive) ? QStringLiteral("sev")
                                                                                : QStringLiteral("p");
    return family + m.captured(2);
}

int severityLevelFor(const QList<SeverityLevel> &levels, const QString &severity)
{
    const QString code = severityCode(severity);
    if (!code.isEmpty()) {
        for (int i = 0; i < levels.size(); ++i) {
            if (severityCode(levels.at(i).name) == code)
                return i;
        }
    }
    static const RE word(QStringLiteral("[A-Za-z]{3,}"));
    QStringList words;
    for (auto it = word.globalMatch(severity.toLower()); it.hasNext();)
        words.append(it.next().captured(0));
    for (int i = 0; i < levels.size(); ++i) {
        for (auto it = word.globalMatch(levels.at(i).name.toLower()); it.hasNext();) {
            const QString w = it.next().captured(0);
            // The family word names no particular level.
            if (w != QLatin1String("sev") && w != QLatin1String("severity") &&
                w != QLatin1String("priority") && words.contains(w))
                return i;
        }
    }
    return -1;
}

std::optional<int> responseDeadline(const Decision *decision, const SeverityLevel *level)
{
    if (decision && decision->deadlineMinutes)
        return decision->deadlineMinutes;
    if (level)
        return level->responseMinutes;
    return std::nullopt;
}

} // namespace rollcage::runbook
