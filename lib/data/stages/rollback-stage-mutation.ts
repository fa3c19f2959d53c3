"use client";

import { rollbackStageAction } from "@/lib/actions/stages/rollback-stage";
import { useStageMutation } from "./stage-mutation";

export const useRollbackStageMutation = () => useStageMutation(rollbackStageAction);
