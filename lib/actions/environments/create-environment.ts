"use server";

import { revalidatePath } from "next/cache";
import { environmentFieldsSchema } from "@/lib/environments/environment-schema";
import { insertEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";

export const createEnvironmentAction = defineAction({
  name: "environment.create",
  input: environmentFieldsSchema,
  access: "admin",
  audit: { target: (input) => input.name },
  transaction: true,
  async handler(input, ctx) {
    const environment = await insertEnvironment(ctx.db, input);
    ctx.audit.target = environment.id;
    ctx.audit.detail = `${environment.name} (${environment.region}, ${environment.credentialsSource})`;
    // Every page's environment switcher lists environments.
    revalidatePath("/", "layout");
    return environment;
  },
});
