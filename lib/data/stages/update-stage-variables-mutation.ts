"use client";

import { updateStageVariablesAction } from "@/lib/actions/stages/update-stage-variables";
import { updateStageVariablesSchema } from "@/lib/actions/stages/stage-schemas";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageVariablesMutation = (onSuccess?: () => void) => useStageMutation(updateStageVariablesSchema, updateStageVariablesAction, onSuccess);
