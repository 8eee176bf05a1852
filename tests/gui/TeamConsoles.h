#pragma once

// Two people's incident consoles on one incident of a shared PostgreSQL store
// (tests/pg-session.sh), each on a connection of its own as on two laptops: for the team
// tests of the console.

#include "gui/IncidentConsole.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "gui/RollbackPage.h"
#include "incident/IncidentStore.h"
#include "runbook/Runbook.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QTest>

#include <memory>

namespace rollcage::test {

// A store of its own on `location`, recording as `name`; the test ends if it cannot open.
inline std::unique_ptr<incident::IncidentStore> openStore(const QString &location,
                                                          const QString &name)
{
    auto store = incident::IncidentStore::open(location);
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error));
    (*store)->setOperatorName(name);
    return std::move(*store);
}

// Types `text` into the question that is open (askForText) and confirms it.
inline void answerTextDialog(const QString &text)
{
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) ||
                (dialog = [] {
                    for (QWidget *w : QApplication::topLevelWidgets())
                        if (w->objectName() == QLatin1String("textDialog") && w->isVisible())
                            return qobject_cast<QDialog *>(w);
                    return static_cast<QDialog *>(nullptr);
                }()));
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textDialogEdit"));
    QVERIFY(edit);
    edit->setPlainText(text);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Every line the console's Roll back log pane shows, one per row.
inline QStringList shownLogLines(const gui::IncidentConsole &console)
{
    const gui::LogModel *model = console.rollbackPage()->logView()->model();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, 0).data(gui::LogModel::LineTextRole).toString();
    return lines;
}

struct TwoConsoles
{
    std::unique_ptr<incident::IncidentStore> anaStore, benStore;
    std::unique_ptr<gui::IncidentConsole> ana, ben;
};

// Ana declares an incident of `runbook` on `procedure` in `db`; Ben's console (or whoever
// `benName` names) resumes it, on `benDb` when given (another role, say).
// The consoles are null when either could not.
inline TwoConsoles declareAndJoin(const QString &db, const runbook::Runbook &runbook,
                                  const QString &procedure,
                                  const QString &benName = QStringLiteral("Ben"),
                                  const QString &benDb = QString())
{
    TwoConsoles t;
    t.anaStore = openStore(db, QStringLiteral("Ana"));
    t.benStore = openStore(benDb.isEmpty() ? db : benDb, benName);
    auto ana = std::make_unique<gui::IncidentConsole>(t.anaStore.get(), nullptr);
    auto ben = std::make_unique<gui::IncidentConsole>(t.benStore.get(), nullptr);
    if (!ana->start(runbook, procedure, {}) || !ben->resume(ana->incidentId(), runbook))
        return t;
    t.ana = std::move(ana);
    t.ben = std::move(ben);
    return t;
}

} // namespace rollcage::test
