#include "cli/Console.h"

#include <QLoggingCategory>

#include <cstdio>

namespace rollcage::cli {

namespace {
void write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

void out(const QString &text) { write(stdout, text); }
void err(const QString &text) { write(stderr, text); }

void setLogRules(const QString &extra)
{
    QLoggingCategory::setFilterRules(QStringLiteral("rollcage.incident.warning=false\n"
                                                    "rollcage.incident.info=false\n") +
                                     extra);
}

} // namespace rollcage::cli
