#pragma once

#include <QDateTime>
#include <QString>

namespace rollcage {

// The countdown from a decision's deadline ("< 15 minutes"): how much is left and how
// worried the phase bar should look.
class Deadline
{
public:
    enum class Level { None, Normal, Warning, Passed };

    Deadline() = default;
    Deadline(const QDateTime &start, const QDateTime &due)
        : m_start(start)
        , m_due(due)
    {
    }

    bool isSet() const { return m_start.isValid() && m_due.isValid(); }
    QDateTime due() const { return m_due; }
    qint64 secondsLeft(const QDateTime &now) const { return now.secsTo(m_due); }

    // Warning in the last 20 % of the allowed time, Passed after it.
    Level level(const QDateTime &now) const
    {
        if (!isSet())
            return Level::None;
        const qint64 total = m_start.secsTo(m_due);
        const qint64 left = secondsLeft(now);
        if (left < 0)
            return Level::Passed;
        if (total <= 0 || left * 5 <= total)
            return Level::Warning;
        return Level::Normal;
    }

    // "12:04 left", "3:10 over"; hours shown only when needed.
    static QString formatSpan(qint64 seconds)
    {
        const qint64 s = seconds < 0 ? -seconds : seconds;
        const QString clock = s >= 3600 ? QStringLiteral("%1:%2:%3")
                                              .arg(s / 3600)
                                              .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                                              .arg(s % 60, 2, 10, QLatin1Char('0'))
                                        : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        return clock;
    }

private:
    QDateTime m_start;
    QDateTime m_due;
};

} // namespace rollcage
