// libFuzzer entry point for the message template filler: a runbook's communication
// templates are its text too. Any body must scan and fill without a crash or a hang, and
// every slot it reports unfilled must still be in the text as written (the send button
// is held until the operator deals with it, so they must be able to find it).

#include "messaging/MessageContext.h"
#include "messaging/TemplateFiller.h"

#include <QDateTime>
#include <QTimeZone>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace rollcage::messaging;
    const QString body =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MessageContext context;
    context.service = QStringLiteral("larch-payments");
    context.environment = QStringLiteral("staging");
    context.status = QStringLiteral("In progress");
    context.badVersion = QStringLiteral("2.14.0");
    context.startedAt = QDateTime::fromMSecsSinceEpoch(1733390000000, QTimeZone::UTC);
    context.now = context.startedAt.addSecs(754);
    context.stepsTaken = {QStringLiteral("Drained the queue"), QStringLiteral("Swapped back")};
    context.health.insert(QStringLiteral("api"), QStringLiteral("Healthy"));
    context.variables.insert(QStringLiteral("TICKET"), QStringLiteral("INC-42"));

    const QList<TemplateSlot> found = scanSlots(body);
    const qsizetype lines = body.count(QLatin1Char('\n')) + 1;
    for (const TemplateSlot &slot : found) {
        if (slot.line < 0 || slot.line >= lines || slot.raw.isEmpty())
            std::abort();
    }
    (void)operatorVariables({body});
    const FilledMessage filled = fillTemplate(body, context);
    for (const TemplateSlot &slot : filled.unfilled) {
        if (!filled.text.contains(slot.raw)) {
            qWarning("unfilled %s not in text: %s", qPrintable(slot.raw), qPrintable(filled.text));
            std::abort();
        }
    }
    // The operator's value for a slot is used as typed, whatever it holds.
    QHash<QString, QString> overrides;
    for (const TemplateSlot &slot : found)
        overrides.insert(slot.raw, body.left(64));
    (void)fillTemplate(body, context, overrides);
    return 0;
}
