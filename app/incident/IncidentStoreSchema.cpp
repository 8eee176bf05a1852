// The incident database's schema, as the list of migrations that build it.
#include "incident/IncidentStoreSchema.h"

namespace rollcage::incident {

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE incidents (id %PK%, created_ms BIGINT NOT NULL, "
                         "title TEXT NOT NULL, service TEXT NOT NULL, environment TEXT NOT NULL, "
                         "procedure_name TEXT NOT NULL, runbook_title TEXT NOT NULL, "
                         "runbook_source TEXT NOT NULL, runbook_text TEXT NOT NULL, "
                         "runbook_sha256 TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE events (id %PK%, "
                         "incident_id BIGINT NOT NULL REFERENCES incidents(id), "
                         "at_ms BIGINT NOT NULL, operator TEXT NOT NULL, type TEXT NOT NULL, "
                         "step_index INTEGER NOT NULL, payload TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX events_by_incident ON events(incident_id, id)"),
          QStringLiteral("CREATE TABLE output (id %PK%, "
                         "run_event_id BIGINT NOT NULL REFERENCES events(id), "
                         "stream INTEGER NOT NULL, at_ms BIGINT NOT NULL, "
                         "first_line BIGINT NOT NULL, line_count INTEGER NOT NULL, "
                         "data %BLOB% NOT NULL)"),
          QStringLiteral("CREATE INDEX output_by_line ON output(run_event_id, first_line)")},
         {},
         {}},
        // The journal is append-only in the database too, not only by convention.
        {2,
         {},
         {QStringLiteral("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                         "BEGIN SELECT RAISE(ABORT, 'the incident journal is append-only'); END"),
          QStringLiteral("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                         "BEGIN SELECT RAISE(ABORT, 'the incident journal is append-only'); END")},
         {QStringLiteral("CREATE FUNCTION rollcage_append_only() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "RAISE EXCEPTION 'the incident journal is append-only'; END $$"),
          QStringLiteral("CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_append_only()")}},
        // Team mode (PostgreSQL): a console learns of what another one wrote by a
        // notification on the incident's channel, then reads the journal by id. Reading
        // "every id after the last one seen" is only sound when ids become visible in
        // order, so appends to one incident take turns (a transaction-long advisory lock)
        // and draw their id under it: a later id is never committed before an earlier one.
        {3,
         {},
         {},
         {QStringLiteral("CREATE FUNCTION rollcage_event_in_order() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_advisory_xact_lock(NEW.incident_id); "
                         "NEW.id := nextval(pg_get_serial_sequence('events', 'id')); "
                         "RETURN NEW; END $$"),
          QStringLiteral("CREATE TRIGGER events_in_order BEFORE INSERT ON events "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_event_in_order()"),
          // "e <id>": an event; "o <run event id>": step output. Identical notifications
          // of one transaction are sent once, so a batch of output rows wakes peers once.
          QStringLiteral("CREATE FUNCTION rollcage_event_notify() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('rollcage_incident_' || NEW.incident_id, "
                         "'e ' || NEW.id); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER events_notify AFTER INSERT ON events "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_event_notify()"),
          QStringLiteral("CREATE FUNCTION rollcage_output_notify() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('rollcage_incident_' || "
                         "(SELECT incident_id FROM events WHERE id = NEW.run_event_id), "
                         "'o ' || NEW.run_event_id); RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER output_notify AFTER INSERT ON output "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_output_notify()"),
          // New incidents, for the lists of open incidents (Join…, `rollcage incidents`).
          QStringLiteral("CREATE FUNCTION rollcage_incident_notify() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "PERFORM pg_notify('rollcage_incidents', NEW.id::text); "
                         "RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER incidents_notify AFTER INSERT ON incidents "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_incident_notify()")}},
        // Team mode: who is on an incident (a heartbeat row that expires) and who holds
        // which step (a row taken atomically: the primary key admits one holder).
        {4,
         {QStringLiteral("CREATE TABLE presence (incident_id BIGINT NOT NULL REFERENCES "
                         "incidents(id), console TEXT NOT NULL, operator TEXT NOT NULL, "
                         "location TEXT NOT NULL, role TEXT NOT NULL, since_ms BIGINT NOT NULL, "
                         "seen_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL, "
                         "PRIMARY KEY (incident_id, console))"),
          QStringLiteral("CREATE TABLE claims (incident_id BIGINT NOT NULL REFERENCES "
                         "incidents(id), procedure_name TEXT NOT NULL, step_index INTEGER NOT "
                         "NULL, console TEXT NOT NULL, operator TEXT NOT NULL, claimed_ms BIGINT "
                         "NOT NULL, PRIMARY KEY (incident_id, procedure_name, step_index))")},
         {},
         // "t": the team changed (someone joined, left or moved; a claim was taken or
         // released). A heartbeat that changes nothing wakes no one.
         {QStringLiteral("CREATE FUNCTION rollcage_team_notify() RETURNS trigger "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "IF TG_OP = 'DELETE' THEN "
                         "PERFORM pg_notify('rollcage_incident_' || OLD.incident_id, 't'); "
                         "ELSE PERFORM pg_notify('rollcage_incident_' || NEW.incident_id, 't'); "
                         "END IF; RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER presence_notify AFTER INSERT OR DELETE ON presence "
                         "FOR EACH ROW EXECUTE FUNCTION rollcage_team_notify()"),
          QStringLiteral("CREATE TRIGGER presence_moved_notify AFTER UPDATE ON presence "
                         "FOR EACH ROW WHEN (OLD.location IS DISTINCT FROM NEW.location OR "
                         "OLD.role IS DISTINCT FROM NEW.role OR "
                         "OLD.operator IS DISTINCT FROM NEW.operator) "
                         "EXECUTE FUNCTION rollcage_team_notify()"),
          QStringLiteral("CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON "
                         "claims FOR EACH ROW EXECUTE FUNCTION rollcage_team_notify()")}},
    };
    return list;
}

} // namespace rollcage::incident
