"use client";

import { removeStageMethodOverrideAction } from "@/lib/actions/stages/remove-stage-method-override";
import { removeStageMethodOverrideSchema } from "@/lib/actions/stages/stage-setting-schemas";
import type { StageSettingsUpdate } from "@/lib/domain/stage-settings-update";
import { useStageSettingsMutation } from "./stage-settings-mutation";

/** Removes one method's own settings from the stage, so the stage defaults apply to it again. */
export const useRemoveStageMethodOverrideMutation = (onSuccess?: (data: StageSettingsUpdate) => void) => useStageSettingsMutation(removeStageMethodOverrideSchema, removeStageMethodOverrideAction, onSuccess);
