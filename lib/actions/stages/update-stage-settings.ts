"use server";

import { revalidatePath } from "next/cache";
import { stageUnchangedSinceLoad } from "@/lib/deployments/stage-change-guard";
import { sendStagePatches } from "@/lib/deployments/send-stage-patches";
import { changedGeneralSettings, generalSettingsOf, generalSettingsPatches } from "@/lib/domain/stage-settings-patch";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageSettingsSchema } from "./stage-settings-schemas";

export const updateStageSettingsAction = defineAction({
  name: "stage.update-settings",
  input: updateStageSettingsSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, expected, next }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const stage = await stageUnchangedSinceLoad(environment, restApiId, stageName, (now) => changedGeneralSettings(expected, generalSettingsOf(now)));
    const patches = generalSettingsPatches(generalSettingsOf(stage), next);
    if (patches.length === 0) return stage;
    const { value, requestId } = await sendStagePatches(environment, restApiId, stageName, patches);
    Object.assign(ctx.audit, { requestId, detail: patches.map((patch) => `${patch.op} ${patch.path}`).join(", ") });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return value;
  },
});
