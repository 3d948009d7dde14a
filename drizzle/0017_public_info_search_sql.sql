-- Full-text search over the published information pages (issue 18 point 6): a stored tsvector per
-- language (computed once when a version is published, not per search) with a GIN index each, as
-- public-info/queries.ts searchPublished reads them. PG 15 and PGlite.
ALTER TABLE "info_pages" ADD COLUMN "search_nl_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', "search_nl")) STORED;--> statement-breakpoint
ALTER TABLE "info_pages" ADD COLUMN "search_en_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('english', "search_en")) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "info_pages_search_nl" ON "info_pages" USING gin ("search_nl_tsv");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "info_pages_search_en" ON "info_pages" USING gin ("search_en_tsv");
