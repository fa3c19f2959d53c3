"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction, type ActionFailure } from "../action-failure";
import { stageKeys } from "../stages/keys";
import { stageSettingKeys } from "./keys";

type StageInput = { envId: string; restApiId: string; stageName: string };

/**
 * A stage-settings mutation: invalidates the stage's settings, effective limits and stage list when it settles.
 * The schema only types the input (the action validates it on the server). `onSuccess` belongs here, not in
 * `mutate()`: the action's revalidation re-keys the form that called it, and react-query drops `mutate()`
 * callbacks of unmounted callers.
 */
export function useStageSettingsMutation<S extends z.ZodType<unknown, StageInput>, T>(
  _schema: S,
  action: (input: unknown) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, variables: z.input<S>) => void,
) {
  const queryClient = useQueryClient();
  return useMutation<T, ActionFailure, z.input<S>>({
    mutationFn: (input) => callAction(action, input),
    onSuccess: (data, variables) => onSuccess?.(data, variables),
    async onSettled(_data, _error, variables) {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: stageSettingKeys.all(variables.envId, variables.restApiId, variables.stageName) }),
        queryClient.invalidateQueries({ queryKey: stageKeys.all(variables.envId, variables.restApiId) }),
      ]);
    },
  });
}
