CREATE TABLE "info_broken_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"href" text NOT NULL,
	"problem" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL
);
