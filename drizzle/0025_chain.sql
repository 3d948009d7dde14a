CREATE TABLE "chain_referral_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on_date" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"basis" text NOT NULL,
	"question" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"answer_by" date NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"partner_changed_at" timestamp with time zone,
	"referrer_seen_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_share_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"share_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"user_label" text NOT NULL,
	"sections" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chain_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"basis" text NOT NULL,
	"reason" text NOT NULL,
	"sections" text[] NOT NULL,
	"ends_on" date NOT NULL,
	"shared_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
ALTER TABLE "chain_referral_steps" ADD CONSTRAINT "chain_referral_steps_referral_id_chain_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."chain_referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_referral_steps" ADD CONSTRAINT "chain_referral_steps_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_referrals" ADD CONSTRAINT "chain_referrals_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_referrals" ADD CONSTRAINT "chain_referrals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_referrals" ADD CONSTRAINT "chain_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_share_reads" ADD CONSTRAINT "chain_share_reads_share_id_chain_shares_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."chain_shares"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_share_reads" ADD CONSTRAINT "chain_share_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_shares" ADD CONSTRAINT "chain_shares_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_shares" ADD CONSTRAINT "chain_shares_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_shares" ADD CONSTRAINT "chain_shares_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chain_shares" ADD CONSTRAINT "chain_shares_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chain_referral_steps_referral_idx" ON "chain_referral_steps" USING btree ("referral_id","created_at");--> statement-breakpoint
CREATE INDEX "chain_referrals_org_idx" ON "chain_referrals" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "chain_referrals_dossier_idx" ON "chain_referrals" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "chain_referrals_waiting_idx" ON "chain_referrals" USING btree ("answer_by") WHERE "chain_referrals"."status" in ('sent', 'received') and "chain_referrals"."reminded_at" is null;--> statement-breakpoint
CREATE INDEX "chain_share_reads_share_idx" ON "chain_share_reads" USING btree ("share_id","created_at");--> statement-breakpoint
CREATE INDEX "chain_shares_org_idx" ON "chain_shares" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "chain_shares_dossier_idx" ON "chain_shares" USING btree ("dossier_id");