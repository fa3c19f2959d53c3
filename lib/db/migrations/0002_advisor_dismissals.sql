CREATE TABLE "advisor_dismissals" (
	"env_id" text NOT NULL,
	"rest_api_id" text NOT NULL,
	"finding_key" text NOT NULL,
	"reason" text NOT NULL,
	"dismissed_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "advisor_dismissals_env_id_rest_api_id_finding_key_pk" PRIMARY KEY("env_id","rest_api_id","finding_key")
);
