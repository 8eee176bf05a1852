#pragma once

#include "gui/HealthPanel.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rollcage::health {
class HealthSession;
struct HealthAlert;
}

namespace rollcage::gui {

class HealthModel;

// The incident's health at a glance, beside every phase: one row per check with its
// last answer, status dots and a latency sparkline; a red banner while an alert holds.
class HealthDock : public HealthPanel
{
    Q_OBJECT
public:
    explicit HealthDock(QWidget *parent = nullptr);

    void setSession(health::HealthSession *session);
    // `view` is an IncidentConsole: its health session.
    void showIncident(IncidentView *view) override;
    bool hasSomethingToProbe() const override;
    HealthModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The banner's text while an alert holds; empty otherwise.
    QString alertText() const;
    void editBaseUrls();

private:
    void onAlert(const health::HealthAlert &alert);
    void onCleared(const QString &check, const QString &rule);
    void refresh();
    void showInterval();

    QPointer<health::HealthSession> m_session;
    HealthModel *m_model;
    QLabel *m_banner;
    QLabel *m_status;
    QLabel *m_unresolved;
    QTableView *m_view;
    QComboBox *m_interval;
    QPushButton *m_checkNow;
    QPushButton *m_pause;
    QPushButton *m_urls;
    QMap<QString, QString> m_alerts; // "check\nrule" -> message, in a stable order
};

} // namespace rollcage::gui
