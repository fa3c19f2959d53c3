import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Stored lower-cased so sign-in is case-insensitive. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["viewer", "editor", "deployer", "admin"] }).notNull(),
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    check("users_role_check", sql`${t.role} in ('viewer', 'editor', 'deployer', 'admin')`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 (hex) of the cookie token; the token itself is never stored. */
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Sliding expiry, pushed forward while the session is used. */
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    /** Hard limit no amount of activity extends. */
    absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId), index("sessions_expires_at_idx").on(t.expiresAt)],
);

export const environments = pgTable(
  "environments",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    region: text("region").notNull(),
    credentialsSource: text("credentials_source", { enum: ["default", "profile", "role"] }).notNull(),
    profile: text("profile"),
    roleArn: text("role_arn"),
    endpointUrl: text("endpoint_url"),
    protected: boolean("protected").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("environments_name_unique").on(sql`lower(${t.name})`),
    check("environments_credentials_source_check", sql`${t.credentialsSource} in ('default', 'profile', 'role')`),
  ],
);

export const auditEvents = pgTable(
  "audit_events",
  {
    id: text("id").primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Kept without a foreign key so the trail outlives the account it names. */
    actorId: text("actor_id"),
    actorEmail: text("actor_email").notNull(),
    envId: text("env_id"),
    action: text("action").notNull(),
    target: text("target"),
    outcome: text("outcome", { enum: ["success", "failure"] }).notNull(),
    awsRequestId: text("aws_request_id"),
    detail: text("detail"),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at.desc(), t.id.desc()),
    index("audit_events_actor_idx").on(t.actorEmail, t.at.desc()),
    index("audit_events_action_idx").on(t.action, t.at.desc()),
    index("audit_events_env_idx").on(t.envId, t.at.desc()),
    check("audit_events_outcome_check", sql`${t.outcome} in ('success', 'failure')`),
  ],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    succeeded: boolean("succeeded").notNull(),
  },
  (t) => [index("sign_in_attempts_email_idx").on(t.email, t.at), index("sign_in_attempts_ip_idx").on(t.ip, t.at)],
);

/** SHA-256 of the one-time first-admin setup token; at most one row while no admin exists. */
export const setupTokens = pgTable("setup_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  createdAt: createdAt(),
});

/** Who deployed what, when, why and from which diff: AWS keeps only the deployment's description. */
export const deploymentRecords = pgTable(
  "deployment_records",
  {
    id: text("id").primaryKey(),
    envId: text("env_id").notNull(),
    restApiId: text("rest_api_id").notNull(),
    deploymentId: text("deployment_id").notNull(),
    stageName: text("stage_name").notNull(),
    kind: text("kind", { enum: ["deploy", "rollback", "promote", "canary"] }).notNull(),
    description: text("description").notNull().default(""),
    /** Kept without a foreign key, like the audit log, so the record outlives the account. */
    actorId: text("actor_id"),
    actorEmail: text("actor_email").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    changeCount: integer("change_count").notNull().default(0),
    /** JSON: the readable diff's change list (kind, action, label) reviewed before deploying. */
    changes: text("changes").notNull().default("[]"),
    /** JSON: the OpenAPI document deployed, so two deployments can be compared after no stage serves them. */
    document: text("document"),
  },
  (t) => [
    index("deployment_records_api_idx").on(t.envId, t.restApiId, t.at.desc()),
    index("deployment_records_deployment_idx").on(t.envId, t.restApiId, t.deploymentId),
    check("deployment_records_kind_check", sql`${t.kind} in ('deploy', 'rollback', 'promote', 'canary')`),
  ],
);

/** Stages an admin marked protected (in addition to every stage of a protected environment). */
export const protectedStages = pgTable(
  "protected_stages",
  {
    envId: text("env_id").notNull(),
    restApiId: text("rest_api_id").notNull(),
    stageName: text("stage_name").notNull(),
    markedBy: text("marked_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.envId, t.restApiId, t.stageName] })],
);

/** Advisor findings a person dismissed, with why: AWS has nowhere to keep them. One row per env + API + finding key. */
export const advisorDismissals = pgTable(
  "advisor_dismissals",
  {
    envId: text("env_id").notNull(),
    restApiId: text("rest_api_id").notNull(),
    findingKey: text("finding_key").notNull(),
    reason: text("reason").notNull(),
    /** Kept without a foreign key, like the audit log, so the record outlives the account. */
    dismissedBy: text("dismissed_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.envId, t.restApiId, t.findingKey] })],
);
