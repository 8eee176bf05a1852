#include "gui/UiMap.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace rollcage::gui {

namespace {

constexpr int kIntervalMs = 100;
constexpr int kMaxRows = 60;

QJsonObject rect(const QWidget *w, const QRect &local)
{
    const QPoint at = w->mapToGlobal(local.topLeft());
    return {{QStringLiteral("x"), at.x()},
            {QStringLiteral("y"), at.y()},
            {QStringLiteral("w"), local.width()},
            {QStringLiteral("h"), local.height()}};
}

QString textOf(const QWidget *w)
{
    if (const auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->text();
    if (const auto *l = qobject_cast<const QLabel *>(w))
        return l->text();
    if (const auto *e = qobject_cast<const QLineEdit *>(w))
        return e->displayText(); // a password field as the screen shows it, never in clear
    if (const auto *c = qobject_cast<const QComboBox *>(w))
        return c->currentText();
    if (const auto *p = qobject_cast<const QPlainTextEdit *>(w))
        return p->toPlainText().left(2000);
    if (const auto *t = qobject_cast<const QTextEdit *>(w))
        return t->toPlainText().left(2000);
    if (const auto *g = qobject_cast<const QGroupBox *>(w))
        return g->title();
    return {};
}

bool interesting(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
           qobject_cast<const QTabBar *>(w) || qobject_cast<const QGroupBox *>(w) ||
           (qobject_cast<const QLabel *>(w) && !w->objectName().isEmpty()) ||
           w->inherits("QTermWidget"); // a terminal step's screen (by name: no link needed)
}

// The rows an item view shows, children of expanded rows included, in display order.
void addRows(const QAbstractItemView *view, const QModelIndex &parent, QJsonArray &rows)
{
    const QAbstractItemModel *model = view->model();
    for (int r = 0; model && r < model->rowCount(parent) && rows.size() < kMaxRows; ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        const QRect visual = view->visualRect(index);
        if (visual.isValid() && visual.intersects(view->viewport()->rect())) {
            QJsonObject row = rect(view->viewport(), visual);
            row.insert(QStringLiteral("text"), index.data(Qt::DisplayRole).toString());
            const QVariant check = index.data(Qt::CheckStateRole);
            if (check.isValid())
                row.insert(QStringLiteral("check"), check.toInt());
            row.insert(QStringLiteral("current"), view->currentIndex() == index);
            rows.append(row);
        }
        if (model->hasChildren(index))
            addRows(view, index, rows);
    }
}

QJsonObject describe(const QWidget *w)
{
    QJsonObject o = rect(w, w->rect());
    o.insert(QStringLiteral("class"), QString::fromLatin1(w->metaObject()->className()));
    o.insert(QStringLiteral("name"), w->objectName());
    o.insert(QStringLiteral("accessible"), w->accessibleName());
    o.insert(QStringLiteral("text"), textOf(w));
    o.insert(QStringLiteral("enabled"), w->isEnabled());
    o.insert(QStringLiteral("focus"), w->hasFocus());
    if (const auto *b = qobject_cast<const QAbstractButton *>(w)) {
        o.insert(QStringLiteral("checked"), b->isChecked());
        if (const auto *p = qobject_cast<const QPushButton *>(w))
            o.insert(QStringLiteral("default"), p->isDefault());
    }
    if (const auto *view = qobject_cast<const QAbstractItemView *>(w)) {
        QJsonArray rows;
        addRows(view, view->rootIndex(), rows);
        o.insert(QStringLiteral("rows"), rows);
    }
    return o;
}

} // namespace

void UiMap::installIfRequested(QObject *parent)
{
    const QString path = qEnvironmentVariable("ROLLCAGE_UI_MAP");
    if (!path.isEmpty())
        new UiMap(path, parent);
}

UiMap::UiMap(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UiMap::write);
    m_timer.start();
}

QByteArray UiMap::snapshot()
{
    QJsonArray windows;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (const QWidget *top : tops) {
        if (!top->isVisible() || top->windowType() == Qt::ToolTip)
            continue;
        QJsonObject window = rect(top, top->rect());
        window.insert(QStringLiteral("title"), top->windowTitle());
        window.insert(QStringLiteral("class"), QString::fromLatin1(top->metaObject()->className()));
        window.insert(QStringLiteral("active"), top->isActiveWindow());
        window.insert(QStringLiteral("modal"), top->isModal());
        QJsonArray widgets;
        const QList<QWidget *> children = top->findChildren<QWidget *>();
        for (const QWidget *w : children) {
            if (w->isVisible() && interesting(w))
                widgets.append(describe(w));
        }
        window.insert(QStringLiteral("widgets"), widgets);
        windows.append(window);
    }
    const QWidget *focus = QApplication::focusWidget();
    QJsonObject doc{{QStringLiteral("windows"), windows},
                    {QStringLiteral("focus"), focus ? focus->objectName() : QString()}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

void UiMap::write()
{
    const QByteArray now = snapshot();
    if (now == m_last)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(now) == now.size() && file.commit())
        m_last = now;
}

} // namespace rollcage::gui
