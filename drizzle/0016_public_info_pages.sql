CREATE TABLE "info_campaign_counts" (
	"code" text NOT NULL,
	"day" date NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"reports_begun" integer DEFAULT 0 NOT NULL,
	"reports_sent" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "info_campaign_counts_code_day_pk" PRIMARY KEY("code","day")
);
--> statement-breakpoint
CREATE TABLE "info_campaign_paths" (
	"code" text PRIMARY KEY NOT NULL,
	"page_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_page_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"reviewed_by" uuid,
	"reviewed_by_label" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "info_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"published_version_id" uuid,
	"latest_version" integer DEFAULT 0 NOT NULL,
	"search_nl" text DEFAULT '' NOT NULL,
	"search_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "info_pages_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "info_campaign_counts" ADD CONSTRAINT "info_campaign_counts_code_info_campaign_paths_code_fk" FOREIGN KEY ("code") REFERENCES "public"."info_campaign_paths"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_campaign_paths" ADD CONSTRAINT "info_campaign_paths_page_id_info_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."info_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_page_versions" ADD CONSTRAINT "info_page_versions_page_id_info_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."info_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_page_versions" ADD CONSTRAINT "info_page_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "info_page_versions" ADD CONSTRAINT "info_page_versions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "info_page_versions_number" ON "info_page_versions" USING btree ("page_id","number");--> statement-breakpoint
CREATE INDEX "info_page_versions_status" ON "info_page_versions" USING btree ("status");