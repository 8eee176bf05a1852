// libFuzzer entry point for the importer: any bytes must import without crashing,
// hanging or producing a diagnostic that points outside the document.

#include "runbook/Importer.h"
#include "runbook/RunbookJson.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace rollcage::runbook;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Runbook rb = Importer::importText(bytes, QStringLiteral("fuzz.md"));
    const qsizetype lines = rb.text.count(QLatin1Char('\n')) + 1;
    for (const Diagnostic &d : rb.diagnostics) {
        if (d.line < 1 || d.line > lines)
            std::abort();
    }
    for (const Procedure &p : rb.procedures) {
        if (p.steps.isEmpty() || p.line < 1 || p.line > lines)
            std::abort();
        for (const Step &s : p.steps) {
            if (s.line < 1 || s.line > lines ||
                (s.kind == StepKind::Command) == s.commands.isEmpty())
                std::abort();
        }
    }
    (void)toJson(rb);
    return 0;
}
