import type { ActionResult } from "@/lib/actions/action-result";
import type { ErrorCode } from "@/lib/errors";

/** A refused or failed action or read, as thrown by react-query fetchers so callers can branch on code and fields. */
export class ActionFailure extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string[]>;

  constructor(error: { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> }) {
    super(error.message);
    this.name = "ActionFailure";
    this.code = error.code;
    this.fieldErrors = error.fieldErrors ?? {};
  }
}

const serverUnreachable = { code: "unreachable", message: "Cannot reach the Archway server. Check that it is running and try again." } as const;

/** Calls a server action and returns its data; a refusal, or a call that never reached the server, throws ActionFailure. */
export async function callAction<Input, T>(action: (input: Input) => Promise<ActionResult<T>>, input: Input): Promise<T> {
  let result: ActionResult<T>;
  try {
    result = await action(input);
  } catch {
    throw new ActionFailure(serverUnreachable);
  }
  if (!result.ok) throw new ActionFailure(result.error);
  return result.data;
}

/** Reads a JSON route of this console; its error bodies have the same shape as an action's error. */
export async function fetchConsoleJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ActionFailure(serverUnreachable);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = (body as { error?: { code?: ErrorCode; message?: string } } | null)?.error;
  throw new ActionFailure({ code: error?.code ?? "internal", message: error?.message ?? `The server answered ${response.status}.` });
}
