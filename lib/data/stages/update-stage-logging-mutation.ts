"use client";

import { updateStageLoggingAction } from "@/lib/actions/stages/update-stage-logging";
import { updateStageLoggingSchema } from "@/lib/actions/stages/stage-settings-schemas";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageLoggingMutation = (onSuccess?: () => void) => useStageMutation(updateStageLoggingSchema, updateStageLoggingAction, onSuccess);
