CREATE TABLE "follow_up_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"report_id" uuid NOT NULL,
	"must_change_receipt" boolean NOT NULL,
	"new_receipt_enc" text,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_up_sessions" ADD CONSTRAINT "follow_up_sessions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_up_sessions_seen_idx" ON "follow_up_sessions" USING btree ("last_seen_at");