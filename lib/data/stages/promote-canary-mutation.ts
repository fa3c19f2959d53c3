"use client";

import { promoteCanaryAction } from "@/lib/actions/canaries/promote-canary";
import { useStageMutation } from "./stage-mutation";

export const usePromoteCanaryMutation = () => useStageMutation(promoteCanaryAction);
