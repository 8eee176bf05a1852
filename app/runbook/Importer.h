#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rollcage::runbook {

// Reads a team's Markdown rollback runbook, whatever its style, into a Runbook.
// Problems in the document become diagnostics with line numbers; only a file that
// cannot be read at all is a failed Result.
class Importer
{
public:
    static Result<Runbook> importFile(const QString &path);
    // `source` is what the runbook says it was read from (a path, or a resource name).
    static Runbook importText(const QByteArray &bytes, const QString &source);

    Q_DECLARE_TR_FUNCTIONS(rollcage::runbook::Importer)
};

} // namespace rollcage::runbook
