"use client";

import { createCanaryAction } from "@/lib/actions/canaries/create-canary";
import { useStageMutation } from "./stage-mutation";

export const useCreateCanaryMutation = () => useStageMutation(createCanaryAction);
