CREATE TABLE "evidence_capture_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_label" text NOT NULL,
	"dossier_id" uuid,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"source_description" text NOT NULL,
	"state" text NOT NULL,
	"problem_code" text,
	"problem_params" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"requested_at" timestamp (3) with time zone NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "evidence_capture_requests_state_check" CHECK ("evidence_capture_requests"."state" IN ('queued', 'running', 'done', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "evidence_capture_requests" ADD CONSTRAINT "evidence_capture_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_capture_requests_state_idx" ON "evidence_capture_requests" USING btree ("state","requested_at");