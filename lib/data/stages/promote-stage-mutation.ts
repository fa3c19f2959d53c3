"use client";

import { promoteStageAction } from "@/lib/actions/stages/promote-stage";
import { promoteStageSchema } from "@/lib/actions/stages/stage-schemas";
import { useStageMutation } from "./stage-mutation";

export const usePromoteStageMutation = (onSuccess?: () => void) => useStageMutation(promoteStageSchema, promoteStageAction, onSuccess);
