#pragma once

#include "incident/StoreProbe.h"
#include "incident/Team.h"

#include <QObject>
#include <QString>

namespace rollcage::incident {

// TeamSession's beats and reads of who is here, on a thread of its own with a connection
// of its own (as StoreProbe's). With ten consoles on one incident the server is busy the
// moment a step starts or ends: every console is woken and reads at once, and a read made
// on the GUI thread held it for a tenth of a second (tests/bench/team_consoles). Claims
// stay on the store's connection: the operator waits for those answers anyway.
class TeamReader : public QObject
{
    Q_OBJECT
public:
    TeamReader(const ConnectionParams &params, bool postgres);
    ~TeamReader() override; // on its own thread: the connection is closed where it was made

    // Beats for `presence` first when it names a console (and clears consoles long gone
    // when `clearGone`), then reads the view; answered with `serial`.
    void read(quint64 serial, qint64 incidentId, const Presence &presence, int ttlMs,
              bool clearGone);

Q_SIGNALS:
    // `error` (the driver's words) is empty when the view was read.
    void answered(quint64 serial, const rollcage::incident::TeamView &view, const QString &error);

private:
    ConnectionParams m_params;
    bool m_postgres = false;
    QString m_name; // the Qt Sql connection's, once made
};

} // namespace rollcage::incident
