"use server";

import { revalidatePath } from "next/cache";
import { getStage } from "@/lib/aws/stages";
import { pointStageAt } from "@/lib/deployments/point-stage";
import { requireStageConfirmation } from "@/lib/deployments/stage-confirmation";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { promoteStageSchema } from "./stage-schemas";

export const promoteStageAction = defineAction({
  name: "stage.promote",
  input: promoteStageSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, fromStageName, confirmStageName }, ctx) {
    if (fromStageName === stageName) throw new ConsoleError("validation", "Choose another stage to promote from.", { fieldErrors: { fromStageName: ["Choose another stage."] } });
    const environment = await requireEnvironment(envId, ctx.db);
    await requireStageConfirmation(ctx.db, environment, restApiId, stageName, confirmStageName);
    const source = await getStage(environment, restApiId, fromStageName);
    if (!source?.deploymentId) throw new ConsoleError("not_found", `Stage ${fromStageName} does not exist or serves no deployment.`);
    const request = { restApiId, stageName, deploymentId: source.deploymentId, kind: "promote" as const, description: `Promoted from ${fromStageName}` };
    const { requestId, previousDeploymentId } = await pointStageAt(environment, ctx.db, ctx.user, request);
    Object.assign(ctx.audit, { requestId, detail: `Stage ${stageName} now serves ${source.deploymentId} (from ${fromStageName}; was ${previousDeploymentId ?? "none"})` });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName, deploymentId: source.deploymentId, previousDeploymentId };
  },
});
