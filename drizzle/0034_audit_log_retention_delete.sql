-- Retention of the audit and access logs (issue 19). Both stay append-only, with one exception each,
-- only for a transaction of the retention job that says so with
-- set_config('vangnet.retention_delete', 'on', true):
-- access_log: old lines may be deleted (the log is not chained);
-- audit_events: only events at or before the newest signed cut in audit_cuts, which the job writes
-- first in the same transaction; verify-audit then starts the chain at that cut.
CREATE OR REPLACE FUNCTION vangnet_audit_events_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('vangnet.retention_delete', true) = 'on'
     AND OLD.seq <= (SELECT coalesce(max(seq), 0) FROM audit_cuts) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vangnet_access_log_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('vangnet.retention_delete', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER audit_events_append_only ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION vangnet_audit_events_guard();
--> statement-breakpoint
DROP TRIGGER access_log_append_only ON access_log;
--> statement-breakpoint
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION vangnet_access_log_guard();
--> statement-breakpoint
-- The cuts themselves are never changed or deleted.
CREATE TRIGGER audit_cuts_append_only BEFORE UPDATE OR DELETE ON audit_cuts
  FOR EACH ROW EXECUTE FUNCTION vangnet_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_cuts_no_truncate BEFORE TRUNCATE ON audit_cuts
  FOR EACH STATEMENT EXECUTE FUNCTION vangnet_refuse_change();
