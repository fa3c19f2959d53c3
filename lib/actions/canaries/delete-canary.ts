"use server";

import { revalidatePath } from "next/cache";
import { updateStage } from "@/lib/aws/stages";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { canaryTargetSchema } from "./canary-schemas";

export const deleteCanaryAction = defineAction({
  name: "canary.delete",
  input: canaryTargetSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, confirmStageName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const { requestId } = await withTransientRetry(() => updateStage(environment, restApiId, stageName, [{ op: "remove", path: "/canarySettings" }]));
    Object.assign(ctx.audit, { requestId, detail: "canary removed; the stage serves its own deployment to all traffic" });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName };
  },
});
