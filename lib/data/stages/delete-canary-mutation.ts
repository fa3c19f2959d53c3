"use client";

import { deleteCanaryAction } from "@/lib/actions/canaries/delete-canary";
import { useStageMutation } from "./stage-mutation";

export const useDeleteCanaryMutation = () => useStageMutation(deleteCanaryAction);
