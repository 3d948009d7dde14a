ALTER TABLE "subject_request_decisions" ADD COLUMN "execution_reason" text;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD COLUMN "extended_deadline_on" text;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD COLUMN "extension_reason_enc" text;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD COLUMN "extended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD COLUMN "extended_by" uuid;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD COLUMN "extension_told_on" text;--> statement-breakpoint
ALTER TABLE "subject_requests" ADD CONSTRAINT "subject_requests_extended_by_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;