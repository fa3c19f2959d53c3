"use server";

import { startSession } from "@/lib/auth/session-cookie";
import { revokeSetupToken, setupTokenMatches } from "@/lib/auth/setup-token";
import { setupFirstAdminSchema } from "@/lib/auth/user-schemas";
import { adminExists, createUser } from "@/lib/auth/users";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";

export const setupFirstAdminAction = defineAction({
  name: "auth.setup-first-admin",
  input: setupFirstAdminSchema,
  access: "public",
  audit: { target: (input) => input.email },
  // The token row is locked inside the transaction, so two people racing to set up cannot both become admin.
  transaction: true,
  async handler({ setupToken, email, name, password }, ctx) {
    if (await adminExists(ctx.db)) throw new ConsoleError("conflict", "Setup is already complete. Sign in instead.");
    ctx.audit.actorEmail = email;
    if (!(await setupTokenMatches(ctx.db, setupToken))) {
      const message = "That setup token is not valid. Use the one printed in the terminal when the console started.";
      throw new ConsoleError("validation", message, { fieldErrors: { setupToken: [message] } });
    }
    const admin = await createUser(ctx.db, { email, name, password, role: "admin" });
    await revokeSetupToken(ctx.db);
    await startSession(ctx.db, admin.id);
    return { redirectTo: "/" };
  },
});
