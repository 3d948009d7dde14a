-- Decoy messages are evidence: never changed. Deleting stays possible for the retention job only
-- (a whole conversation at the end of its period, by cascade).
CREATE TRIGGER decoy_messages_never_changed BEFORE UPDATE ON decoy_messages
  FOR EACH ROW EXECUTE FUNCTION vangnet_refuse_change();
--> statement-breakpoint
CREATE TRIGGER decoy_imports_never_changed BEFORE UPDATE ON decoy_imports
  FOR EACH ROW EXECUTE FUNCTION vangnet_refuse_change();
