"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction, type ActionFailure } from "../action-failure";
import { stageKeys } from "./keys";

/**
 * A stage mutation: runs the action, then re-reads every stage and deployment of the API. Errors are left to the
 * caller's form. The schema only types the input (an action takes `unknown` and validates it on the server).
 * `onSuccess` belongs here, not in `mutate()`: the action's revalidation can unmount the component that called it
 * (a promoted stage no longer offers promotion), and react-query drops `mutate()` callbacks of unmounted callers.
 */
export function useStageMutation<S extends z.ZodType<unknown, { envId: string; restApiId: string }>, T>(
  _schema: S,
  action: (input: unknown) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, variables: z.input<S>) => void,
) {
  type Input = z.input<S>;
  const queryClient = useQueryClient();
  return useMutation<T, ActionFailure, Input>({
    mutationFn: (input) => callAction(action, input),
    onSuccess: (data, variables) => onSuccess?.(data, variables),
    async onSettled(_data, _error, variables) {
      await queryClient.invalidateQueries({ queryKey: stageKeys.all(variables.envId, variables.restApiId) });
    },
  });
}
