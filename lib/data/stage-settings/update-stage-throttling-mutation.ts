"use client";

import { updateStageThrottlingAction } from "@/lib/actions/stages/update-stage-throttling";
import { updateStageThrottlingSchema } from "@/lib/actions/stages/stage-setting-schemas";
import type { StageSettingsUpdate } from "@/lib/domain/stage-settings-update";
import { useStageSettingsMutation } from "./stage-settings-mutation";

/** Sets the rate and burst of the stage default or one method. */
export const useUpdateStageThrottlingMutation = (onSuccess?: (data: StageSettingsUpdate) => void) => useStageSettingsMutation(updateStageThrottlingSchema, updateStageThrottlingAction, onSuccess);
