import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
