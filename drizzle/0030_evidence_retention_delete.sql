-- Evidence stays never changed, and is deleted only by the retention job (issue 19), whole, in its batch's transaction.
CREATE OR REPLACE FUNCTION vangnet_evidence_item_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Only the retention job deletes evidence, whole items at the end of their period (issue 19):
    -- it says so for its own transaction with set_config('vangnet.retention_delete', 'on', true).
    IF current_setting('vangnet.retention_delete', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'evidence_items: evidence is never deleted';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
     OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW.title IS DISTINCT FROM OLD.title
     OR NEW.source_description IS DISTINCT FROM OLD.source_description
     OR NEW.source_url IS DISTINCT FROM OLD.source_url
     OR NEW.added_by IS DISTINCT FROM OLD.added_by
     OR NEW.added_by_label IS DISTINCT FROM OLD.added_by_label
     OR NEW.captured_at IS DISTINCT FROM OLD.captured_at
     OR NEW.tool IS DISTINCT FROM OLD.tool
     OR NEW.tool_version IS DISTINCT FROM OLD.tool_version
     OR NEW.details IS DISTINCT FROM OLD.details
     OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.size_bytes IS DISTINCT FROM OLD.size_bytes
     OR NEW.media_type IS DISTINCT FROM OLD.media_type
     OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'evidence_items: captured evidence is never changed';
  END IF;
  IF NEW.dossier_id IS DISTINCT FROM OLD.dossier_id AND OLD.dossier_id IS NOT NULL THEN
    RAISE EXCEPTION 'evidence_items: an item that belongs to a dossier does not move';
  END IF;
  IF OLD.locked AND (NEW.locked IS DISTINCT FROM OLD.locked
     OR NEW.locked_at IS DISTINCT FROM OLD.locked_at
     OR NEW.locked_by IS DISTINCT FROM OLD.locked_by
     OR NEW.lock_decision IS DISTINCT FROM OLD.lock_decision
     OR NEW.storage_key IS NOT NULL) THEN
    RAISE EXCEPTION 'evidence_items: a lock is final';
  END IF;
  IF NOT OLD.locked AND NEW.locked IS DISTINCT FROM OLD.locked AND NEW.storage_key IS NOT NULL THEN
    RAISE EXCEPTION 'evidence_items: locking removes the stored file';
  END IF;
  IF NOT NEW.locked AND NEW.storage_key IS DISTINCT FROM OLD.storage_key THEN
    RAISE EXCEPTION 'evidence_items: the stored original is never replaced';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION vangnet_evidence_artefact_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    -- Only the retention job deletes evidence, whole items at the end of their period (issue 19):
    -- it says so for its own transaction with set_config('vangnet.retention_delete', 'on', true).
    IF current_setting('vangnet.retention_delete', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'evidence_artefacts: evidence is never deleted';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
     OR NEW.evidence_id IS DISTINCT FROM OLD.evidence_id
     OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW.media_type IS DISTINCT FROM OLD.media_type
     OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.size_bytes IS DISTINCT FROM OLD.size_bytes
     OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR (NEW.storage_key IS NOT NULL AND NEW.storage_key IS DISTINCT FROM OLD.storage_key) THEN
    RAISE EXCEPTION 'evidence_artefacts: captured evidence is never changed';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
