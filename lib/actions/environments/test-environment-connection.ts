"use server";

import { z } from "zod";
import { testConnection } from "@/lib/aws/connection-test";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";

export const testEnvironmentConnectionAction = defineAction({
  name: "environment.test-connection",
  input: z.object({ id: environmentIdSchema }),
  // Admin only: the answer names the AWS account and identity behind the environment.
  access: "admin",
  // A read: it changes nothing, so it leaves no audit record.
  audit: false,
  async handler({ id }, ctx) {
    return testConnection(await requireEnvironment(id, ctx.db));
  },
});
