-- TRUNCATE skips row triggers, so the append-only rule needs statement triggers too. Without them
-- "TRUNCATE audit_events" would empty the log and verify-audit would report an intact chain of 0.
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION vangnet_refuse_change();
--> statement-breakpoint
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION vangnet_refuse_change();
