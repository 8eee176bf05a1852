#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Whether process `pid` is alive and not a zombie (a zombie has ended; only its parent
// has not collected it yet), from /proc.
inline bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}
