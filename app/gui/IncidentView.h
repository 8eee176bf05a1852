#pragma once

#include "core/Result.h"

#include <QWidget>

namespace rollcage::execution {
struct DeclareOptions;
}
namespace rollcage::messaging {
class ChannelDirectory;
}
namespace rollcage::runbook {
struct Runbook;
}

namespace rollcage::gui {

// What the main window knows of an incident console. The console itself (IncidentConsole,
// its pages, KF6 highlighting, health checks over QtNetwork) is in librollcage_console,
// loaded after the window has painted: see ConsoleModule.h.
class IncidentView : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Webhook channels for the Communicate page; set before start()/resume().
    virtual void setChannels(messaging::ChannelDirectory *channels) = 0;
    virtual Status start(const runbook::Runbook &runbook, const QString &procedure,
                         const execution::DeclareOptions &options) = 0;
    virtual Status resume(qint64 incidentId, const runbook::Runbook &runbook) = 0;
    virtual qint64 incidentId() const = 0;
    // What leaving this incident now would interrupt or leave behind, a sentence each
    // (a running step, messages not delivered yet); empty when nothing.
    virtual QStringList pendingWork() const = 0;
    // Team mode: takes `role` (commander, operator, observer) on the incident, as chosen
    // in Incident → Join…; journalled. Fails saying why (someone else here commands).
    virtual Status joinAs(const QString &role) = 0;

Q_SIGNALS:
    void messageChanged(const QString &message);
};

} // namespace rollcage::gui
