CREATE TABLE "receipt_tries" (
	"number" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"next_allowed_at" timestamp with time zone NOT NULL,
	"forget_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "receipt_tries_forget_idx" ON "receipt_tries" USING btree ("forget_at");