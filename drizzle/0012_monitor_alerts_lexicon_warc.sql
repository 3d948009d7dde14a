CREATE TABLE "monitor_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ad_id" uuid NOT NULL,
	"group_id" uuid,
	"dossier_id" uuid NOT NULL,
	"identifier_id" bigint NOT NULL,
	"via" text NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "monitor_lexicons" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"lexicon" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_lexicons_version_unique" UNIQUE("version")
);
--> statement-breakpoint
ALTER TABLE "ad_versions" ADD COLUMN "warc_gz" "bytea";--> statement-breakpoint
ALTER TABLE "ad_versions" ADD COLUMN "warc_sha256" text;--> statement-breakpoint
ALTER TABLE "ads" ADD COLUMN "place_normalised" text;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitor_alerts" ADD CONSTRAINT "monitor_alerts_ad_id_ads_id_fk" FOREIGN KEY ("ad_id") REFERENCES "public"."ads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_alerts" ADD CONSTRAINT "monitor_alerts_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_lexicons" ADD CONSTRAINT "monitor_lexicons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_alerts_uq" ON "monitor_alerts" USING btree ("ad_id","dossier_id","identifier_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "monitor_alerts_owner_idx" ON "monitor_alerts" USING btree ("owner_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "monitor_alerts_dossier_idx" ON "monitor_alerts" USING btree ("dossier_id");--> statement-breakpoint
ALTER TABLE "monitor_sources" ADD CONSTRAINT "monitor_sources_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A lexicon version is history: every score names the version that made it, so it may never change.
CREATE TRIGGER monitor_lexicons_append_only BEFORE UPDATE OR DELETE ON monitor_lexicons
  FOR EACH ROW EXECUTE FUNCTION vangnet_refuse_change();
