#pragma once

// The Roll back page asks for a click that names the target before a step that changes
// production without destroying (Confirmation::NameTarget: `ln -sfn`, `helm rollback`).
// Tests that run such steps through the page answer that box as the operator would.

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace rollcage::test {

// Clicks "Run on TARGET" in the page's open confirmation; false when none is open.
inline bool acceptNamedTarget(QWidget *page)
{
    auto *box = page->findChild<QMessageBox *>(QStringLiteral("nameTargetConfirmation"));
    if (!box || !box->isVisible())
        return false;
    auto *run = box->findChild<QPushButton *>(QStringLiteral("runOnTargetButton"));
    if (!run)
        return false;
    run->click();
    return true;
}

} // namespace rollcage::test
