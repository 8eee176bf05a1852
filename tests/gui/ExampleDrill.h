#pragma once

// What the console tests share about the bundled example: the release tree its practice
// procedure builds, the values it is declared with, ticking a checklist as Space would.
#include "execution/Engine.h"
#include "gui/ChecklistPage.h"

#include <QDir>
#include <QFile>

namespace rollcage::test {

// The release tree under `root`: v2.4.0 and v2.5.0, `current` at the bad (or the good) one.
inline QString exampleSandbox(const QString &root, bool badIsLive)
{
    for (const QString &v : {QStringLiteral("v2.4.0"), QStringLiteral("v2.5.0")}) {
        QDir().mkpath(root + QLatin1Char('/') + v);
        QFile f(root + QLatin1Char('/') + v + QStringLiteral("/VERSION"));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write sandbox");
        f.write(v.toUtf8() + '\n');
    }
    QFile::link(root + (badIsLive ? QStringLiteral("/v2.5.0") : QStringLiteral("/v2.4.0")),
                root + QStringLiteral("/current"));
    return root;
}

inline execution::DeclareOptions exampleOptions(const QString &releases)
{
    execution::DeclareOptions o;
    o.title = QStringLiteral("Checkout 5xx after v2.5.0");
    o.environment = QStringLiteral("drill");
    o.variables = {{QStringLiteral("RELEASES_DIR"), releases},
                   {QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.4.0")},
                   {QStringLiteral("BAD_VERSION"), QStringLiteral("v2.5.0")}};
    return o;
}

// Ticks every item on a checklist page through its model, as Space would.
inline void tickAll(gui::ChecklistPage *page)
{
    gui::ChecklistModel *m = page->model();
    for (int c = 0; c < m->rowCount(); ++c) {
        const QModelIndex list = m->index(c, 0);
        for (int i = 0; i < m->rowCount(list); ++i)
            m->setData(m->index(i, 0, list), Qt::Checked, Qt::CheckStateRole);
    }
}

} // namespace rollcage::test
