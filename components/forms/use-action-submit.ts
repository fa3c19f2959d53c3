"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/actions/action-result";

/**
 * Runs a server action from a form and keeps its refusal: field errors go beside their fields,
 * anything else becomes one message for the form. What was typed is never cleared on failure.
 */
export function useActionSubmit<Input, Data>(
  action: (input: Input) => Promise<ActionResult<Data>>,
  onSuccess: (data: Data, input: Input) => void | Promise<void>,
) {
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionError | null>(null);

  const submit = useCallback(
    (input: Input) =>
      startTransition(async () => {
        const result = await action(input).catch(
          (): ActionResult<Data> => ({ ok: false, error: { code: "unreachable", message: "Cannot reach the Archway server. Check that it is running and try again." } }),
        );
        if (!result.ok) {
          setFailure(result.error);
          return;
        }
        setFailure(null);
        await onSuccess(result.data, input);
      }),
    [action, onSuccess],
  );

  return {
    submit,
    pending,
    fieldErrors: failure?.fieldErrors ?? {},
    formError: formErrorOf(failure),
    clearFailure: () => setFailure(null),
  };
}

/** The message to show above the form: only when no field carries the failure. */
export function formErrorOf(failure: ActionError | null): string | null {
  if (!failure) return null;
  const fieldMessages = Object.values(failure.fieldErrors ?? {}).flat();
  return fieldMessages.length > 0 ? null : failure.message;
}
