"use server";

import { revalidatePath } from "next/cache";
import { refuseConflicts, requireCurrentStage, sendStagePatches } from "@/lib/deployments/stage-settings-update";
import { methodSettingConflicts } from "@/lib/domain/method-setting-conflicts";
import { methodSettingKey, removeMethodSettingOverride } from "@/lib/domain/method-settings-patch";
import type { MethodSettingValues } from "@/lib/domain/stage-settings";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { removeStageMethodOverrideSchema } from "./stage-setting-schemas";

const checkedFields: (keyof MethodSettingValues)[] = ["throttlingRateLimit", "throttlingBurstLimit", "cachingEnabled", "cacheTtlInSeconds", "cacheDataEncrypted"];

/** Removes one method's entry from the stage's method settings, so the stage defaults apply to it again. */
export const removeStageMethodOverrideAction = defineAction({
  name: "stage.remove-method-override",
  input: removeStageMethodOverrideSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName} ${methodSettingKey(input.target)}` },
  async handler({ envId, restApiId, stageName, target, loaded }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const stage = await requireCurrentStage(environment, restApiId, stageName);
    const current = stage.settings.methodSettings[methodSettingKey(target)];
    if (!current) throw new ConsoleError("conflict", `${target.httpMethod} ${target.resourcePath} has no setting of its own on ${stageName} any more. Nothing was sent.`);
    refuseConflicts(methodSettingConflicts(loaded, current, checkedFields), "");
    const result = await sendStagePatches(environment, { restApiId, stageName }, [removeMethodSettingOverride(target)], ctx.audit, stage);
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return result;
  },
});
