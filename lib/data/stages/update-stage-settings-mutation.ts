"use client";

import { updateStageSettingsAction } from "@/lib/actions/stages/update-stage-settings";
import { updateStageSettingsSchema } from "@/lib/actions/stages/stage-settings-schemas";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageSettingsMutation = (onSuccess?: () => void) => useStageMutation(updateStageSettingsSchema, updateStageSettingsAction, onSuccess);
