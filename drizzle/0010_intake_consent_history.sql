-- Consent choices are history (hard rule 3): a change adds a row; nothing is updated, and a row is
-- only removed together with its report (retention), never on its own.
CREATE OR REPLACE FUNCTION report_consents_keep_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'report_consents is append-only: record a new choice instead of changing one';
  END IF;
  IF EXISTS (SELECT 1 FROM reports WHERE id = OLD.report_id) THEN
    RAISE EXCEPTION 'report_consents is append-only: a consent choice is never erased';
  END IF;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_consents_keep_history BEFORE UPDATE OR DELETE ON report_consents
  FOR EACH ROW EXECUTE FUNCTION report_consents_keep_history();
