CREATE TABLE "form_states" (
	"key" text PRIMARY KEY NOT NULL,
	"data_enc" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_messages" ADD COLUMN "form_token" text;--> statement-breakpoint
CREATE INDEX "form_states_expires_idx" ON "form_states" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_messages_form_token_idx" ON "report_messages" USING btree ("report_id","form_token");