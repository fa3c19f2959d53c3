"use client";

import { updateStageCachingAction } from "@/lib/actions/stages/update-stage-caching";
import { updateStageCachingSchema } from "@/lib/actions/stages/stage-setting-schemas";
import type { StageSettingsUpdate } from "@/lib/domain/stage-settings-update";
import { useStageSettingsMutation } from "./stage-settings-mutation";

/** Sets the cache cluster and the caching of the stage default or one method. */
export const useUpdateStageCachingMutation = (onSuccess?: (data: StageSettingsUpdate) => void) => useStageSettingsMutation(updateStageCachingSchema, updateStageCachingAction, onSuccess);
