CREATE TABLE "identifier_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"watch_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"identifier_id" bigint NOT NULL,
	"occurrence_id" bigint,
	"source_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identifier_occurrences" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"identifier_id" bigint NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"field" text NOT NULL,
	"start_pos" integer NOT NULL,
	"end_pos" integer NOT NULL,
	"mentions" integer DEFAULT 1 NOT NULL,
	"raw" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"place" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identifier_watches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier_id" bigint NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identifiers" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"display" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "link_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"a_type" text NOT NULL,
	"a_id" text NOT NULL,
	"b_type" text NOT NULL,
	"b_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identifier_alerts" ADD CONSTRAINT "identifier_alerts_watch_id_identifier_watches_id_fk" FOREIGN KEY ("watch_id") REFERENCES "public"."identifier_watches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_alerts" ADD CONSTRAINT "identifier_alerts_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_alerts" ADD CONSTRAINT "identifier_alerts_identifier_id_identifiers_id_fk" FOREIGN KEY ("identifier_id") REFERENCES "public"."identifiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_alerts" ADD CONSTRAINT "identifier_alerts_occurrence_id_identifier_occurrences_id_fk" FOREIGN KEY ("occurrence_id") REFERENCES "public"."identifier_occurrences"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_occurrences" ADD CONSTRAINT "identifier_occurrences_identifier_id_identifiers_id_fk" FOREIGN KEY ("identifier_id") REFERENCES "public"."identifiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_watches" ADD CONSTRAINT "identifier_watches_identifier_id_identifiers_id_fk" FOREIGN KEY ("identifier_id") REFERENCES "public"."identifiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identifier_watches" ADD CONSTRAINT "identifier_watches_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_decisions" ADD CONSTRAINT "link_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identifier_alerts_owner_idx" ON "identifier_alerts" USING btree ("owner_user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "identifier_alerts_watch_idx" ON "identifier_alerts" USING btree ("watch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "identifier_occurrences_source_uq" ON "identifier_occurrences" USING btree ("source_type","source_id","field","identifier_id");--> statement-breakpoint
CREATE INDEX "identifier_occurrences_recent_idx" ON "identifier_occurrences" USING btree ("identifier_id","seen_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "identifier_occurrences_by_type_idx" ON "identifier_occurrences" USING btree ("identifier_id","source_type","seen_at");--> statement-breakpoint
CREATE INDEX "identifier_occurrences_place_idx" ON "identifier_occurrences" USING btree ("identifier_id","place") WHERE "identifier_occurrences"."place" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "identifier_watches_owner_uq" ON "identifier_watches" USING btree ("identifier_id","owner_user_id");--> statement-breakpoint
CREATE INDEX "identifier_watches_active_idx" ON "identifier_watches" USING btree ("identifier_id") WHERE "identifier_watches"."active";--> statement-breakpoint
CREATE UNIQUE INDEX "identifiers_kind_key_uq" ON "identifiers" USING btree ("kind","key");--> statement-breakpoint
CREATE INDEX "link_decisions_a_idx" ON "link_decisions" USING btree ("a_type","a_id");--> statement-breakpoint
CREATE INDEX "link_decisions_b_idx" ON "link_decisions" USING btree ("b_type","b_id");