"use server";

import { revalidatePath } from "next/cache";
import { stageUnchangedSinceLoad } from "@/lib/deployments/stage-change-guard";
import { sendStagePatches } from "@/lib/deployments/send-stage-patches";
import { changedLoggingSettings, stageLoggingFormOf, stageLoggingPatches } from "@/lib/domain/stage-logging";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageLoggingSchema } from "./stage-settings-schemas";

export const updateStageLoggingAction = defineAction({
  name: "stage.update-logging",
  input: updateStageLoggingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, expected, next }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const stage = await stageUnchangedSinceLoad(environment, restApiId, stageName, (now) => changedLoggingSettings(expected, stageLoggingFormOf(now.settings)));
    const patches = stageLoggingPatches(stageLoggingFormOf(stage.settings), next);
    if (patches.length === 0) return stage;
    const { value, requestId } = await sendStagePatches(environment, restApiId, stageName, patches);
    // Paths only: format strings and ARNs are in AWS, the audit line says which settings moved.
    Object.assign(ctx.audit, { requestId, detail: patches.map((patch) => `${patch.op} ${patch.path}`).join(", ") });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return value;
  },
});
