"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/actions/action-result";
import { callAction, type ActionFailure } from "./action-failure";

/**
 * A react-query mutation over one server action that invalidates the resource's keys when it settles.
 * (The action's revalidatePath refreshes server-rendered data; this refreshes what client components cached.)
 */
export function useActionMutation<Input, T>(action: (input: Input) => Promise<ActionResult<T>>, keyOf: (input: Input) => QueryKey, onSuccess?: (data: T, input: Input) => void) {
  const queryClient = useQueryClient();
  return useMutation<T, ActionFailure, Input>({
    mutationFn: (input) => callAction(action, input),
    onSuccess: (data, input) => onSuccess?.(data, input),
    onSettled: (_data, _error, input) => queryClient.invalidateQueries({ queryKey: keyOf(input) }),
  });
}
