#pragma once

// Helpers shared by the benchmarks: the JSON line contract of scripts/bench and the
// process's peak resident set size.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace rollcage::bench {

// Peak RSS of this process in MB, from /proc/self/status (VmHWM).
inline double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : -1;
}

// Prints one result line. `extra` carries baseline, baseline_what, peak_rss_mb, …
inline void report(const QString &name, double value, const QString &unit,
                   QJsonObject extra = {})
{
    extra.insert(QStringLiteral("bench"), name);
    extra.insert(QStringLiteral("value"), value);
    extra.insert(QStringLiteral("unit"), unit);
    const QByteArray line = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace rollcage::bench
