-- Dutch full-text search over dossiers and reports (issue 4 §9). Generated tsvector columns (PG 12+)
-- so the index can never lag behind the text; GIN indexes for the @@ match. Only narrative text is
-- indexed: never the reporter's identity (that lives encrypted in report_identities).
ALTER TABLE "dossiers" ADD COLUMN "search_text" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce("title", '') || ' ' || coalesce("summary", ''))) STORED;--> statement-breakpoint
CREATE INDEX "dossiers_search_idx" ON "dossiers" USING gin ("search_text");--> statement-breakpoint
ALTER TABLE "subjects" ADD COLUMN "search_text" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce("name", '') || ' ' || coalesce("aliases", '') || ' ' || coalesce("place", '') || ' ' || coalesce("description", ''))) STORED;--> statement-breakpoint
CREATE INDEX "subjects_search_idx" ON "subjects" USING gin ("search_text");--> statement-breakpoint
ALTER TABLE "signals" ADD COLUMN "search_text" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce("text", '') || ' ' || coalesce("source", ''))) STORED;--> statement-breakpoint
CREATE INDEX "signals_search_idx" ON "signals" USING gin ("search_text");--> statement-breakpoint
ALTER TABLE "dossier_notes" ADD COLUMN "search_text" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', coalesce("body", ''))) STORED;--> statement-breakpoint
CREATE INDEX "dossier_notes_search_idx" ON "dossier_notes" USING gin ("search_text");--> statement-breakpoint
-- Reports belong to the intake module; this adds an expression index only (no column), over the
-- narrative answers and the report number.
CREATE INDEX "reports_search_idx" ON "reports" USING gin ((to_tsvector('dutch', coalesce("number", '') || ' ' || coalesce("answers"->>'whatHappened', '') || ' ' || coalesce("answers"->>'perpetrators', '') || ' ' || coalesce("answers"->>'clients', '') || ' ' || coalesce("answers"->>'victimPlace', ''))));
