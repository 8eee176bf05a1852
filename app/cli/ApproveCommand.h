#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage approve INCIDENT [--step N] [--procedure NAME] [--refuse] --note TEXT`: a
// second person's answer to a request for four-eyes approval, from a terminal (over ssh
// from a phone, say). It shows the commands asked for before recording the answer.
int approveCommand(const QStringList &arguments);

} // namespace rollcage::cli
