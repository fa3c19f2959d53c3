"use client";

import { promoteCanaryAction } from "@/lib/actions/canaries/promote-canary";
import { canaryTargetSchema } from "@/lib/actions/canaries/canary-schemas";
import { useStageMutation } from "./stage-mutation";

export const usePromoteCanaryMutation = (onSuccess?: () => void) => useStageMutation(canaryTargetSchema, promoteCanaryAction, onSuccess);
