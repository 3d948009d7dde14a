CREATE TABLE "dossier_form_tokens" (
	"token" text PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_form_tokens" ADD CONSTRAINT "dossier_form_tokens_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_form_tokens_dossier_idx" ON "dossier_form_tokens" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_form_tokens_created_idx" ON "dossier_form_tokens" USING btree ("created_at");