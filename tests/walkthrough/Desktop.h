#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <functional>

// The walkthrough's hands and eyes on the X display it runs on: where the real program's
// controls are (its UI map, ROLLCAGE_UI_MAP), real input through the X server (xdotool:
// XTEST events, as a keyboard and a mouse make them), and screenshots of the whole
// screen as the window manager draws it.
class Desktop
{
public:
    explicit Desktop(QString mapPath, QString shotDir);

    // The UI map as last written by the program (empty before its first write).
    QJsonObject map() const;
    // The first visible window whose title contains `title`; empty object when none.
    QJsonObject window(const QString &title) const;
    bool hasWindow(const QString &title) const { return !window(title).isEmpty(); }
    // The first visible widget matching, in a window whose title contains `title` (any
    // window when empty): by object name, accessible name, or text without '&'.
    QJsonObject widget(const QString &key, const QString &title = {}) const;
    QJsonObject widgetWhere(const std::function<bool(const QJsonObject &)> &match,
                            const QString &title = {}) const;
    QString focusName() const;
    // The widget once its place on screen has stayed the same for `ms`: a control just
    // shown may be moved by a layout pass the map has not caught yet, and a click at its
    // first place would miss it. Empty when it did not stay put within 20 s.
    QJsonObject steadyWidget(const QString &key, int ms = 300) const;

    // Polls `condition` (the map is re-read each time) until it holds or `ms` pass.
    static bool waitFor(const std::function<bool()> &condition, int ms = 20000);

    bool click(const QJsonObject &widget);
    bool click(const QJsonObject &widget, int x, int y); // relative to the widget
    bool clickRow(const QJsonObject &view, int row);
    bool key(const QString &keys);
    bool type(const QString &text);
    QString lastError() const { return m_error; }

    // Waits until the program's UI map stops changing (it has done what the last input
    // asked and repainted), at most `ms`.
    void settle(int ms = 3000);
    // Saves the whole screen as NAME.png in the screenshot folder (after settle());
    // returns the path.
    QString shot(const QString &name);
    QStringList shots() const { return m_shots; }

private:
    bool xdotool(const QStringList &arguments);

    QString m_mapPath;
    QString m_shotDir;
    QString m_error;
    QStringList m_shots;
};

// Widget text as a person reads it: "&Run" -> "Run".
QString plain(const QJsonObject &widget);
