#pragma once

#include <QDockWidget>

namespace rollcage::gui {

class IncidentView;

// The health dock as the main window sees it (HealthDock, in librollcage_console).
class HealthPanel : public QDockWidget
{
    Q_OBJECT
public:
    using QDockWidget::QDockWidget;

    // Follows the health checks of `view`, a console from the same module.
    virtual void showIncident(IncidentView *view) = 0;
    // Whether the incident it follows has anything to probe (or waits for base URLs to
    // probe it): with nothing, the dock stays out of the way.
    virtual bool hasSomethingToProbe() const = 0;

Q_SIGNALS:
    // For the status bar: an alert was raised or cleared, in a sentence.
    void message(const QString &text);
    // hasSomethingToProbe() may have changed.
    void checksChanged();
};

} // namespace rollcage::gui
