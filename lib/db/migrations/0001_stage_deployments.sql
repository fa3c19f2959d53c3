CREATE TABLE "deployment_records" (
	"id" text PRIMARY KEY NOT NULL,
	"env_id" text NOT NULL,
	"rest_api_id" text NOT NULL,
	"deployment_id" text NOT NULL,
	"stage_name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"actor_id" text,
	"actor_email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_count" integer DEFAULT 0 NOT NULL,
	"changes" text DEFAULT '[]' NOT NULL,
	"document" text,
	CONSTRAINT "deployment_records_kind_check" CHECK ("deployment_records"."kind" in ('deploy', 'rollback', 'promote', 'canary'))
);
--> statement-breakpoint
CREATE TABLE "protected_stages" (
	"env_id" text NOT NULL,
	"rest_api_id" text NOT NULL,
	"stage_name" text NOT NULL,
	"marked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protected_stages_env_id_rest_api_id_stage_name_pk" PRIMARY KEY("env_id","rest_api_id","stage_name")
);
--> statement-breakpoint
CREATE INDEX "deployment_records_api_idx" ON "deployment_records" USING btree ("env_id","rest_api_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "deployment_records_deployment_idx" ON "deployment_records" USING btree ("env_id","rest_api_id","deployment_id");