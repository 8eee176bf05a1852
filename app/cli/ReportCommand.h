#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage report ID --format md [-o FILE] [--database PATH|URL]`.
int reportCommand(const QStringList &arguments);

} // namespace rollcage::cli
