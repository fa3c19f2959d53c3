"use client";

import { deleteCanaryAction } from "@/lib/actions/canaries/delete-canary";
import { canaryTargetSchema } from "@/lib/actions/canaries/canary-schemas";
import { useStageMutation } from "./stage-mutation";

export const useDeleteCanaryMutation = (onSuccess?: () => void) => useStageMutation(canaryTargetSchema, deleteCanaryAction, onSuccess);
