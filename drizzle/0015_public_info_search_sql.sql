-- Full-text search over the published information pages (issue 18 point 6): one GIN index per
-- language, on the same expressions as public-info/queries.ts searchPublished. PG 15 and PGlite.
CREATE INDEX IF NOT EXISTS "info_pages_search_nl" ON "info_pages" USING gin (to_tsvector('dutch', "search_nl"));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "info_pages_search_en" ON "info_pages" USING gin (to_tsvector('english', "search_en"));
