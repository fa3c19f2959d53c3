"use server";

import { revalidatePath } from "next/cache";
import { pointStageAt } from "@/lib/deployments/point-stage";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { pointStageSchema } from "./stage-schemas";

export const rollbackStageAction = defineAction({
  name: "stage.rollback",
  input: pointStageSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, deploymentId, confirmStageName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const request = { restApiId, stageName, deploymentId, kind: "rollback" as const, description: `Rolled back to ${deploymentId}` };
    const { requestId, previousDeploymentId } = await pointStageAt(environment, ctx.db, ctx.user, request);
    Object.assign(ctx.audit, { requestId, detail: `Stage ${stageName}: ${previousDeploymentId ?? "none"} -> ${deploymentId}` });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName, deploymentId, previousDeploymentId };
  },
});
