"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { deleteEnvironment, getEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";

const input = z.object({ id: environmentIdSchema, confirmName: z.string({ error: "Type the environment's name to confirm." }) });

export const deleteEnvironmentAction = defineAction({
  name: "environment.delete",
  input,
  access: "admin",
  audit: { envId: (input) => input.id, target: (input) => input.id },
  transaction: true,
  async handler({ id, confirmName }, ctx) {
    const environment = await getEnvironment(id, ctx.db);
    if (!environment) throw new ConsoleError("not_found", "That environment no longer exists.");
    if (confirmName.trim() !== environment.name) {
      const message = `Type ${environment.name} to confirm.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirmName: [message] } });
    }
    await deleteEnvironment(ctx.db, id);
    ctx.audit.detail = environment.name;
    revalidatePath("/", "layout");
    return { id };
  },
});
