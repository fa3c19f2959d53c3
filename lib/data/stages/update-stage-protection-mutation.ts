"use client";

import { updateStageProtectionAction } from "@/lib/actions/stages/update-stage-protection";
import { updateStageProtectionSchema } from "@/lib/actions/stages/stage-schemas";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageProtectionMutation = (onSuccess?: () => void) => useStageMutation(updateStageProtectionSchema, updateStageProtectionAction, onSuccess);
