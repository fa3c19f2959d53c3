"use client";

import { createCanaryAction } from "@/lib/actions/canaries/create-canary";
import { createCanarySchema } from "@/lib/actions/canaries/canary-schemas";
import { useStageMutation } from "./stage-mutation";

export const useCreateCanaryMutation = (onSuccess?: () => void) => useStageMutation(createCanarySchema, createCanaryAction, onSuccess);
