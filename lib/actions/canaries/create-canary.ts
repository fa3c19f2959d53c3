"use server";

import { revalidatePath } from "next/cache";
import { createCanaryDeployment, getStage } from "@/lib/aws/stages";
import { insertDeploymentRecord } from "@/lib/deployments/deployment-records";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { undeployedChanges } from "@/lib/deployments/stage-documents";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createCanarySchema } from "./canary-schemas";

export const createCanaryAction = defineAction({
  name: "canary.create",
  input: createCanarySchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, confirmStageName, description, percentTraffic, useStageCache, stageVariableOverrides }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const stage = await getStage(environment, restApiId, stageName);
    if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} does not exist: deploy to it before adding a canary.`);
    if (stage.canary) throw new ConsoleError("conflict", `Stage ${stageName} already has a canary. Promote or remove it first.`);
    const diff = await undeployedChanges(environment, restApiId, stageName, true);
    const overrides = Object.fromEntries(stageVariableOverrides.map((override) => [override.name, override.value]));
    const input = { stageName, description, percentTraffic, useStageCache, stageVariableOverrides: overrides };
    const { value, requestId } = await withTransientRetry(() => createCanaryDeployment(environment, restApiId, input));
    await insertDeploymentRecord(ctx.db, {
      envId, restApiId, stageName, deploymentId: value.id, kind: "canary", description: description || `Canary at ${percentTraffic}%`,
      actorId: ctx.user.id, actorEmail: ctx.user.email, changes: diff.changes, document: JSON.stringify(diff.document),
    });
    Object.assign(ctx.audit, { requestId, detail: `canary deployment ${value.id} at ${percentTraffic}%` });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { deploymentId: value.id, percentTraffic };
  },
});
