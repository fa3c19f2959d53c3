"use server";

import { revalidatePath } from "next/cache";
import { getStage, updateStage } from "@/lib/aws/stages";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { insertDeploymentRecord } from "@/lib/deployments/deployment-records";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { canaryTargetSchema } from "./canary-schemas";

export const promoteCanaryAction = defineAction({
  name: "canary.promote",
  input: canaryTargetSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, confirmStageName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const stage = await getStage(environment, restApiId, stageName);
    if (!stage?.canary?.deploymentId) throw new ConsoleError("not_found", `Stage ${stageName} has no canary to promote.`);
    // AWS's promotion: the canary's deployment and overrides become the stage's, then the canary goes; one UpdateStage.
    const patches = [
      { op: "copy" as const, from: "/canarySettings/deploymentId", path: "/deploymentId" },
      ...(Object.keys(stage.canary.stageVariableOverrides).length > 0 ? [{ op: "copy" as const, from: "/canarySettings/stageVariableOverrides", path: "/variables" }] : []),
      { op: "remove" as const, path: "/canarySettings" },
    ];
    const { requestId } = await withTransientRetry(() => updateStage(environment, restApiId, stageName, patches));
    const deploymentId = stage.canary.deploymentId;
    await insertDeploymentRecord(ctx.db, { envId, restApiId, stageName, deploymentId, kind: "canary", description: "Promoted the canary", actorId: ctx.user.id, actorEmail: ctx.user.email, changes: [] });
    Object.assign(ctx.audit, { requestId, detail: `Stage ${stageName}: ${stage.deploymentId ?? "none"} -> canary ${deploymentId}` });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName, deploymentId };
  },
});
