CREATE TABLE "retention_counts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" bigint NOT NULL,
	"module" text NOT NULL,
	"figure_key" text NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"part_of" jsonb,
	"municipality" text NOT NULL,
	"month" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_pending_files" (
	"path" text PRIMARY KEY NOT NULL,
	"rule_key" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "retention_counts" ADD CONSTRAINT "retention_counts_batch_id_retention_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."retention_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_counts_figure_idx" ON "retention_counts" USING btree ("figure_key","month");