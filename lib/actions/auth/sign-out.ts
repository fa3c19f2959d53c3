"use server";

import { z } from "zod";
import { endSession } from "@/lib/auth/session-cookie";
import { defineAction } from "../action-client";

export const signOutAction = defineAction({
  name: "auth.sign-out",
  input: z.object({}).optional(),
  // Signing out with an expired session still clears the cookie.
  access: "public",
  audit: {},
  async handler() {
    await endSession();
    return { redirectTo: "/sign-in" };
  },
});
