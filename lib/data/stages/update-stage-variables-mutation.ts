"use client";

import { updateStageVariablesAction } from "@/lib/actions/stages/update-stage-variables";
import { useStageMutation } from "./stage-mutation";

export const useUpdateStageVariablesMutation = () => useStageMutation(updateStageVariablesAction);
