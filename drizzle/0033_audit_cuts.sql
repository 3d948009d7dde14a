CREATE TABLE "audit_cuts" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"previous_seq" bigint NOT NULL,
	"deleted" integer NOT NULL,
	"first_keyed_seq" bigint,
	"expired_before" timestamp (3) with time zone NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"signature" text NOT NULL
);
