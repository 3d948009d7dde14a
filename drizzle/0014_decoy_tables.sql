CREATE TABLE "decoy_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"profile_id" uuid NOT NULL,
	"state" text NOT NULL,
	"stated_age" integer NOT NULL,
	"platform" text NOT NULL,
	"ad_script_version_id" uuid NOT NULL,
	"responder_handle" text NOT NULL,
	"responder_url" text,
	"responder_phone" text,
	"responder_email" text,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"disclosure_message_id" uuid,
	"disclosed_at" timestamp with time zone,
	"clarify_count" integer DEFAULT 0 NOT NULL,
	"image_received" boolean DEFAULT false NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"repeat_responder" boolean DEFAULT false NOT NULL,
	"warning_script_version_id" uuid,
	"warned_at" timestamp with time zone,
	"frozen_at" timestamp with time zone,
	"frozen_hash" text,
	"notified_at" timestamp with time zone,
	"police_reference" text,
	"police_outcome" text,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"last_message_at" timestamp with time zone,
	"head_hash" text NOT NULL,
	"message_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decoy_governance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"police_agreement_ref" text NOT NULL,
	"police_contact" text NOT NULL,
	"notification_channel" text NOT NULL,
	"dpia_date" date NOT NULL,
	"ap_basis" text NOT NULL,
	"ethics_review" text NOT NULL,
	"valid_until" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approval_reason" text
);
--> statement-breakpoint
CREATE TABLE "decoy_help_visits" (
	"help_code" text NOT NULL,
	"day" date NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decoy_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"message_count" integer NOT NULL,
	"imported_by" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decoy_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"direction" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"platform_message_id" text NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"script_version_id" uuid,
	"operator_id" uuid,
	"approver_id" uuid,
	"media_name" text,
	"media_type" text,
	"media_size" integer,
	"media_sha256" text,
	"labels" jsonb,
	"lexicon_version" text,
	"logged_only" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp (3) with time zone NOT NULL,
	"sha256" text NOT NULL,
	"prev_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decoy_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"platform" text NOT NULL,
	"handle" text NOT NULL,
	"url" text NOT NULL,
	"stated_age" integer NOT NULL,
	"ad_script_version_id" uuid NOT NULL,
	"image_provenance" text NOT NULL,
	"image_consent_ref" text,
	"legal_basis_note" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approval_reason" text,
	"live_from" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decoy_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision" text,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "decoy_scripts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"script_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"variant" text NOT NULL,
	"text" text NOT NULL,
	"help_code" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"checked_absent" jsonb,
	"approval_reason" text,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "decoy_conversations" ADD CONSTRAINT "decoy_conversations_profile_id_decoy_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."decoy_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_conversations" ADD CONSTRAINT "decoy_conversations_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_governance" ADD CONSTRAINT "decoy_governance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_governance" ADD CONSTRAINT "decoy_governance_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_imports" ADD CONSTRAINT "decoy_imports_conversation_id_decoy_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."decoy_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_imports" ADD CONSTRAINT "decoy_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_messages" ADD CONSTRAINT "decoy_messages_conversation_id_decoy_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."decoy_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_profiles" ADD CONSTRAINT "decoy_profiles_ad_script_version_id_decoy_scripts_id_fk" FOREIGN KEY ("ad_script_version_id") REFERENCES "public"."decoy_scripts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_profiles" ADD CONSTRAINT "decoy_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_profiles" ADD CONSTRAINT "decoy_profiles_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_reviews" ADD CONSTRAINT "decoy_reviews_conversation_id_decoy_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."decoy_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_reviews" ADD CONSTRAINT "decoy_reviews_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_reviews" ADD CONSTRAINT "decoy_reviews_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_scripts" ADD CONSTRAINT "decoy_scripts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decoy_scripts" ADD CONSTRAINT "decoy_scripts_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decoy_conversations_profile_idx" ON "decoy_conversations" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "decoy_conversations_state_idx" ON "decoy_conversations" USING btree ("state");--> statement-breakpoint
CREATE INDEX "decoy_conversations_handle_idx" ON "decoy_conversations" USING btree ("responder_handle");--> statement-breakpoint
CREATE UNIQUE INDEX "decoy_help_visits_uq" ON "decoy_help_visits" USING btree ("help_code","day");--> statement-breakpoint
CREATE UNIQUE INDEX "decoy_messages_seq_uq" ON "decoy_messages" USING btree ("conversation_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "decoy_messages_platform_id_uq" ON "decoy_messages" USING btree ("conversation_id","direction","platform_message_id");--> statement-breakpoint
CREATE INDEX "decoy_reviews_open_idx" ON "decoy_reviews" USING btree ("kind","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "decoy_scripts_version_uq" ON "decoy_scripts" USING btree ("script_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "decoy_scripts_help_code_uq" ON "decoy_scripts" USING btree ("help_code");