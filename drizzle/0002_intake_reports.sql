CREATE TABLE "evidence_artefacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evidence_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"storage_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"source_description" text NOT NULL,
	"source_url" text,
	"added_by" uuid NOT NULL,
	"added_by_label" text NOT NULL,
	"captured_at" timestamp (3) with time zone NOT NULL,
	"tool" text NOT NULL,
	"tool_version" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"media_type" text NOT NULL,
	"storage_key" text,
	"locked" boolean DEFAULT false NOT NULL,
	"locked_at" timestamp (3) with time zone,
	"locked_by" uuid,
	"lock_decision" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_items_kind_check" CHECK ("evidence_items"."kind" IN ('upload', 'web_capture'))
);
--> statement-breakpoint
CREATE TABLE "report_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_drafts" (
	"id" text PRIMARY KEY NOT NULL,
	"data_enc" text NOT NULL,
	"submitted_report_id" uuid,
	"receipt_enc" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid,
	"draft_id" text,
	"name_enc" text,
	"content_enc" text,
	"size" integer NOT NULL,
	"detected_type" text NOT NULL,
	"sha256" text NOT NULL,
	"state" text DEFAULT 'stored' NOT NULL,
	"locked_at" timestamp with time zone,
	"locked_by" uuid,
	"decision" text,
	"added_by" text DEFAULT 'reporter' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_identifiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"raw_value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_identities" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"identity_enc" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"author_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"channel" text NOT NULL,
	"reporter_kind" text NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"urgent_reason" text,
	"minor_at_risk" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"close_reason" text,
	"assignee_id" uuid,
	"answers" jsonb NOT NULL,
	"anonymous" boolean NOT NULL,
	"receipt_hash" text NOT NULL,
	"receipt_must_change" boolean DEFAULT false NOT NULL,
	"idempotency_key" text,
	"filed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_number_unique" UNIQUE("number"),
	CONSTRAINT "reports_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "evidence_artefacts" ADD CONSTRAINT "evidence_artefacts_evidence_id_evidence_items_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_alerts" ADD CONSTRAINT "report_alerts_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_consents" ADD CONSTRAINT "report_consents_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_files" ADD CONSTRAINT "report_files_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_identifiers" ADD CONSTRAINT "report_identifiers_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_identities" ADD CONSTRAINT "report_identities_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_messages" ADD CONSTRAINT "report_messages_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_artefacts_evidence_idx" ON "evidence_artefacts" USING btree ("evidence_id");--> statement-breakpoint
CREATE INDEX "evidence_items_dossier_idx" ON "evidence_items" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "evidence_items_sha256_idx" ON "evidence_items" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "report_alerts_open_idx" ON "report_alerts" USING btree ("report_id","reason");--> statement-breakpoint
CREATE INDEX "report_alerts_ack_idx" ON "report_alerts" USING btree ("acknowledged_at");--> statement-breakpoint
CREATE INDEX "report_consents_report_idx" ON "report_consents" USING btree ("report_id","purpose");--> statement-breakpoint
CREATE INDEX "report_files_report_idx" ON "report_files" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_files_draft_idx" ON "report_files" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "report_identifiers_report_idx" ON "report_identifiers" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_identifiers_kind_idx" ON "report_identifiers" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "report_messages_report_idx" ON "report_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "reports_queue_idx" ON "reports" USING btree ("status","urgent","created_at");--> statement-breakpoint
CREATE INDEX "reports_assignee_idx" ON "reports" USING btree ("assignee_id");