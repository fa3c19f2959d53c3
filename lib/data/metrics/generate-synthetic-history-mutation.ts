"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { generateSyntheticHistoryAction } from "@/lib/actions/synthetic-history/generate-synthetic-history";
import type { GenerateSyntheticHistoryInput } from "@/lib/actions/synthetic-history/synthetic-history-schemas";
import { callAction, type ActionFailure } from "../action-failure";
import { metricKeys } from "./keys";

/** Generates synthetic history, then refreshes every dashboard of the environment. */
export function useGenerateSyntheticHistoryMutation() {
  const queryClient = useQueryClient();
  return useMutation<{ requests: number; days: number }, ActionFailure, GenerateSyntheticHistoryInput>({
    mutationFn: (variables) => callAction(generateSyntheticHistoryAction, variables),
    async onSuccess(_data, variables) {
      await queryClient.invalidateQueries({ queryKey: metricKeys.all(variables.envId) });
    },
  });
}
