"use server";

import { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp, startSession } from "@/lib/auth/session-cookie";
import { signInSchema } from "@/lib/auth/user-schemas";
import { defineAction } from "../action-client";

const input = signInSchema.extend({
  /** Where to go after signing in; only paths on this site are followed. */
  next: z.string().optional(),
});

export const signInAction = defineAction({
  name: "auth.sign-in",
  input,
  access: "public",
  audit: {},
  async handler({ email, password, next }, ctx) {
    ctx.audit.actorEmail = email;
    const user = await authenticate(ctx.db, { email, password, ip: await clientIp() });
    await startSession(ctx.db, user.id);
    return { redirectTo: safeRedirect(next) };
  },
});

/** Accepts only a same-site path, so a crafted link cannot send a person elsewhere after sign-in. */
function safeRedirect(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}
