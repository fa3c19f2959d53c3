"use client";

import { rollbackStageAction } from "@/lib/actions/stages/rollback-stage";
import { pointStageSchema } from "@/lib/actions/stages/stage-schemas";
import { useStageMutation } from "./stage-mutation";

export const useRollbackStageMutation = (onSuccess?: () => void) => useStageMutation(pointStageSchema, rollbackStageAction, onSuccess);
