/** The action names the audit log records (lib/actions), offered as a filter. */
export const auditActions = [
  "rest-api.create",
  "rest-api.update",
  "rest-api.delete",
  "user.create",
  "user.update-role",
  "environment.create",
  "environment.update",
  "environment.delete",
  "environment.test-connection",
  "auth.sign-in",
  "auth.sign-out",
  "auth.setup-first-admin",
] as const;
