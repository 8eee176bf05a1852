#include "Desktop.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPixmap>
#include <QRect>
#include <QScreen>
#include <QTest>

Desktop::Desktop(QString mapPath, QString shotDir)
    : m_mapPath(std::move(mapPath))
    , m_shotDir(std::move(shotDir))
{
    QDir().mkpath(m_shotDir);
}

QJsonObject Desktop::map() const
{
    QFile file(m_mapPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject Desktop::window(const QString &title) const
{
    const QJsonArray windows = map().value(QLatin1String("windows")).toArray();
    for (const QJsonValue &w : windows) {
        if (w.toObject().value(QLatin1String("title")).toString().contains(title))
            return w.toObject();
    }
    return {};
}

QString plain(const QJsonObject &widget)
{
    return widget.value(QLatin1String("text")).toString().remove(QLatin1Char('&'));
}

QJsonObject Desktop::widgetWhere(const std::function<bool(const QJsonObject &)> &match,
                                 const QString &title) const
{
    const QJsonArray windows = map().value(QLatin1String("windows")).toArray();
    for (const QJsonValue &w : windows) {
        if (!title.isEmpty() && !w.toObject().value(QLatin1String("title")).toString().contains(title))
            continue;
        for (const QJsonValue &v : w.toObject().value(QLatin1String("widgets")).toArray()) {
            if (match(v.toObject()))
                return v.toObject();
        }
    }
    return {};
}

QJsonObject Desktop::widget(const QString &key, const QString &title) const
{
    return widgetWhere(
        [&key](const QJsonObject &o) {
            return o.value(QLatin1String("name")).toString() == key ||
                   o.value(QLatin1String("accessible")).toString() == key || plain(o) == key;
        },
        title);
}

QJsonObject Desktop::steadyWidget(const QString &key, int ms) const
{
    const auto place = [](const QJsonObject &o) {
        return QRect(o.value(QLatin1String("x")).toInt(), o.value(QLatin1String("y")).toInt(),
                     o.value(QLatin1String("w")).toInt(), o.value(QLatin1String("h")).toInt());
    };
    QJsonObject seen;
    QElapsedTimer since;
    const bool steady = waitFor([&] {
        const QJsonObject now = widget(key);
        if (now.isEmpty() || seen.isEmpty() || place(now) != place(seen)) {
            seen = now;
            since.start();
            return false;
        }
        seen = now;
        return since.elapsed() >= ms;
    });
    return steady ? seen : QJsonObject();
}

QString Desktop::focusName() const { return map().value(QLatin1String("focus")).toString(); }

bool Desktop::waitFor(const std::function<bool()> &condition, int ms)
{
    return QTest::qWaitFor(condition, ms);
}

bool Desktop::xdotool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(15000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        m_error = QStringLiteral("xdotool %1: %2").arg(arguments.join(QLatin1Char(' ')),
                                                     QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool Desktop::click(const QJsonObject &widget, int x, int y)
{
    if (widget.isEmpty()) {
        m_error = QStringLiteral("no such widget on screen");
        return false;
    }
    const int ax = widget.value(QLatin1String("x")).toInt() + x;
    const int ay = widget.value(QLatin1String("y")).toInt() + y;
    return xdotool({QStringLiteral("mousemove"), QString::number(ax), QString::number(ay)}) &&
           xdotool({QStringLiteral("click"), QStringLiteral("1")});
}

bool Desktop::click(const QJsonObject &widget)
{
    // A check box reacts on its box and text only, not on the rest of its width.
    const QString cls = widget.value(QLatin1String("class")).toString();
    if (cls == QLatin1String("QCheckBox") || cls == QLatin1String("QRadioButton"))
        return click(widget, 8, widget.value(QLatin1String("h")).toInt() / 2);
    return click(widget, widget.value(QLatin1String("w")).toInt() / 2, widget.value(QLatin1String("h")).toInt() / 2);
}

bool Desktop::clickRow(const QJsonObject &view, int row)
{
    const QJsonArray rows = view.value(QLatin1String("rows")).toArray();
    if (row < 0 || row >= rows.size()) {
        m_error = QStringLiteral("row %1 is not on screen (%2 shown)").arg(row).arg(rows.size());
        return false;
    }
    const QJsonObject r = rows.at(row).toObject();
    // Left of the middle: clear of a check box, on the text.
    return click(r, std::min(r.value(QLatin1String("w")).toInt() / 2, 160), r.value(QLatin1String("h")).toInt() / 2);
}

bool Desktop::key(const QString &keys)
{
    return xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("--delay"),
                    QStringLiteral("40"), keys});
}

bool Desktop::type(const QString &text)
{
    return xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), text});
}

void Desktop::settle(int ms)
{
    QByteArray last;
    QElapsedTimer timer;
    timer.start();
    int same = 0;
    while (timer.elapsed() < ms && same < 3) {
        QFile file(m_mapPath);
        const QByteArray now = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        same = now == last ? same + 1 : 0;
        last = now;
        QTest::qWait(100); // the map is rewritten every 100 ms when something changed
    }
}

QString Desktop::shot(const QString &name)
{
    settle();
    const QString path = QDir(m_shotDir).filePath(name + QStringLiteral(".png"));
    QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->grabWindow(0).save(path, "PNG"))
        m_shots << path;
    return path;
}
