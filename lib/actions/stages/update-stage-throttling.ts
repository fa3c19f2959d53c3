"use server";

import { revalidatePath } from "next/cache";
import { getAccountSettings } from "@/lib/aws/account";
import { refuseConflicts, requireCurrentStage, sendStagePatches } from "@/lib/deployments/stage-settings-update";
import { methodSettingConflicts } from "@/lib/domain/method-setting-conflicts";
import { methodSettingKey, methodSettingPatches } from "@/lib/domain/method-settings-patch";
import { throttleLimitErrors } from "@/lib/domain/stage-throttle-limits";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageThrottlingSchema } from "./stage-setting-schemas";

/** Sets the stage default or one method's rate and burst, after checking them against the account and the stage as it is now. */
export const updateStageThrottlingAction = defineAction({
  name: "stage.update-throttling",
  input: updateStageThrottlingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName} ${methodSettingKey(input.target)}` },
  async handler({ envId, restApiId, stageName, target, loaded, edited }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const [stage, account] = await Promise.all([requireCurrentStage(environment, restApiId, stageName), getAccountSettings(environment)]);
    const errors = throttleLimitErrors(edited, account.throttle);
    if (Object.keys(errors).length > 0) {
      const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, messages]) => [`edited.${field}`, messages]));
      throw new ConsoleError("validation", Object.values(errors)[0]![0]!, { fieldErrors });
    }
    const current = stage.settings.methodSettings[methodSettingKey(target)] ?? {};
    refuseConflicts(methodSettingConflicts(loaded, current, ["throttlingRateLimit", "throttlingBurstLimit"]), "edited.");
    const result = await sendStagePatches(environment, { restApiId, stageName }, methodSettingPatches(target, current, edited), ctx.audit, stage);
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return result;
  },
});
