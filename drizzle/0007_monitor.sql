CREATE TABLE "ad_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template" jsonb NOT NULL,
	"template_text" text NOT NULL,
	"size" integer NOT NULL,
	"operator_key" text NOT NULL,
	"cities" text[] DEFAULT '{}'::text[] NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_posted_at" text,
	"last_posted_at" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ad_indicator_scores" (
	"ad_id" uuid PRIMARY KEY NOT NULL,
	"lexicon_version" text NOT NULL,
	"total" real NOT NULL,
	"fired" jsonb NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ad_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ad_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"place" text,
	"stated_age" integer,
	"price" text,
	"posted_at" text,
	"contact" text,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"place" text,
	"stated_age" integer,
	"price" text,
	"posted_at" text,
	"contact" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"image_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"content_hash" text NOT NULL,
	"versions" integer DEFAULT 1 NOT NULL,
	"group_id" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crawl_frontier" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"depth" integer DEFAULT 0 NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"content_hash" text,
	"discovered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fetched_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "monitor_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"start_urls" text[] NOT NULL,
	"allowed_url_patterns" text[] NOT NULL,
	"selectors" jsonb NOT NULL,
	"interval_minutes" integer DEFAULT 360 NOT NULL,
	"max_requests_per_minute" integer DEFAULT 30 NOT NULL,
	"max_concurrency" integer DEFAULT 2 NOT NULL,
	"delay_ms" integer DEFAULT 1000 NOT NULL,
	"legal_basis" text NOT NULL,
	"robots_override" boolean DEFAULT false NOT NULL,
	"robots_override_basis" text,
	"robots_override_approved_by" uuid,
	"robots_override_approved_at" timestamp with time zone,
	"enabled" boolean DEFAULT true NOT NULL,
	"last_crawl_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_sources_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "ad_indicator_scores" ADD CONSTRAINT "ad_indicator_scores_ad_id_ads_id_fk" FOREIGN KEY ("ad_id") REFERENCES "public"."ads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_versions" ADD CONSTRAINT "ad_versions_ad_id_ads_id_fk" FOREIGN KEY ("ad_id") REFERENCES "public"."ads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ads" ADD CONSTRAINT "ads_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crawl_frontier" ADD CONSTRAINT "crawl_frontier_source_id_monitor_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."monitor_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_robots_override_approved_by_users_id_fk" FOREIGN KEY ("robots_override_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ad_groups_operator_idx" ON "ad_groups" USING btree ("operator_key");--> statement-breakpoint
CREATE INDEX "ad_indicator_scores_total_idx" ON "ad_indicator_scores" USING btree ("total");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_versions_ad_version_uq" ON "ad_versions" USING btree ("ad_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ads_source_url_uq" ON "ads" USING btree ("source_id","url");--> statement-breakpoint
CREATE INDEX "ads_group_idx" ON "ads" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ads_phones_idx" ON "ads" USING gin ("phones");--> statement-breakpoint
CREATE UNIQUE INDEX "crawl_frontier_source_url_uq" ON "crawl_frontier" USING btree ("source_id","url");--> statement-breakpoint
CREATE INDEX "crawl_frontier_status_idx" ON "crawl_frontier" USING btree ("source_id","status");