"use server";

import { revalidatePath } from "next/cache";
import { setStageProtected } from "@/lib/deployments/protected-stages";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageProtectionSchema } from "./stage-schemas";

export const updateStageProtectionAction = defineAction({
  name: "stage.update-protection",
  input: updateStageProtectionSchema,
  access: "admin",
  transaction: true,
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, protected: isProtected }, ctx) {
    await requireEnvironment(envId, ctx.db);
    await setStageProtected(ctx.db, { envId, restApiId, stageName }, isProtected, ctx.user.email);
    ctx.audit.detail = isProtected ? "marked protected" : "protection removed";
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName, protected: isProtected };
  },
});
