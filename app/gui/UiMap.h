#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace rollcage::gui {

// For the walkthrough suite (tests/walkthrough), which drives the real program with real
// X input events: with ROLLCAGE_UI_MAP=FILE set, FILE always says which windows are open
// and where their visible controls are (class, object and accessible names, text, screen
// rectangle, enabled, focused, default, checked; the visible rows of item views), as one
// JSON document — what a screen reader's tree would say, without one. Off (and free) when
// the variable is not set.
class UiMap : public QObject
{
    Q_OBJECT
public:
    static void installIfRequested(QObject *parent);

    explicit UiMap(const QString &path, QObject *parent = nullptr);
    // The document as it stands now.
    static QByteArray snapshot();

private:
    void write();

    QString m_path;
    QTimer m_timer;
    QByteArray m_last;
};

} // namespace rollcage::gui
