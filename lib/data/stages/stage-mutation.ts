"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction, type ActionFailure } from "../action-failure";
import { stageKeys } from "./keys";

/** A stage mutation: runs the action, then re-reads every stage and deployment of the API. Errors are left to the caller's form. */
export function useStageMutation<Input extends { envId: string; restApiId: string }, T>(action: (input: Input) => Promise<ActionResult<T>>) {
  const queryClient = useQueryClient();
  return useMutation<T, ActionFailure, Input>({
    mutationFn: (input) => callAction(action, input),
    async onSettled(_data, _error, variables) {
      await queryClient.invalidateQueries({ queryKey: stageKeys.all(variables.envId, variables.restApiId) });
    },
  });
}
