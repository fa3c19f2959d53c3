"use server";

import { revalidatePath } from "next/cache";
import { getStage } from "@/lib/aws/stages";
import { insertDeploymentRecord } from "@/lib/deployments/deployment-records";
import { runDeploy } from "@/lib/deployments/run-deploy";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { undeployedChanges } from "@/lib/deployments/stage-documents";
import { invokeUrl } from "@/lib/domain/stage";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createDeploymentSchema } from "./deployment-schemas";

export const createDeploymentAction = defineAction({
  name: "deployment.create",
  input: createDeploymentSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, description, confirmStageName, existingDeploymentId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const stage = await getStage(environment, restApiId, stageName);
    const diff = await undeployedChanges(environment, restApiId, stageName, stage !== null);
    const requestIds: string[] = [];
    const request = { restApiId, stageName, description, previousDeploymentId: stage?.deploymentId ?? null, stageExists: stage !== null, existingDeploymentId };
    const outcome = await runDeploy(environment, request, requestIds);
    Object.assign(ctx.audit, { requestId: requestIds.join(" ") || null, detail: `${outcome.status}: ${outcome.summary}` });
    if (outcome.status === "failed") throw new ConsoleError("unavailable", outcome.summary);
    if (outcome.status === "deployed") {
      await insertDeploymentRecord(ctx.db, {
        envId, restApiId, stageName, description, kind: "deploy", deploymentId: outcome.deploymentId!,
        actorId: ctx.user.id, actorEmail: ctx.user.email, changes: diff.changes, document: JSON.stringify(diff.document),
      });
    }
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { ...outcome, invokeUrl: invokeUrl(environment, restApiId, stageName), changeCount: diff.count };
  },
});
