"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { environmentFieldsSchema, environmentIdSchema } from "@/lib/environments/environment-schema";
import { updateEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";

const input = z.intersection(z.object({ id: environmentIdSchema }), environmentFieldsSchema);

export const updateEnvironmentAction = defineAction({
  name: "environment.update",
  input,
  access: "admin",
  audit: { envId: (input) => input.id, target: (input) => input.id },
  transaction: true,
  async handler({ id, ...fields }, ctx) {
    const environment = await updateEnvironment(ctx.db, id, fields);
    ctx.audit.detail = `${environment.name} (${environment.region}, ${environment.credentialsSource})`;
    revalidatePath("/", "layout");
    return environment;
  },
});
