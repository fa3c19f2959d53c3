import "server-only";
import { unstable_rethrow } from "next/navigation";
import { ConsoleError, logUnexpectedError, genericErrorMessage, type ErrorCode } from "@/lib/errors";

export type ReadFailure = { code: ErrorCode; message: string; requestId: string | null };
export type ReadResult<T> = { ok: true; data: T } | { ok: false; error: ReadFailure };

/**
 * Runs a server-side read and turns a ConsoleError into data the page renders as an error state.
 * (error.tsx only ever receives a generic message in production, so the page must show the person's message itself.)
 */
export async function consoleRead<T>(read: () => Promise<T>): Promise<ReadResult<T>> {
  try {
    return { ok: true, data: await read() };
  } catch (error) {
    // redirect(), notFound() and forbidden() work by throwing; they must reach Next untouched.
    unstable_rethrow(error);
    if (error instanceof ConsoleError) return { ok: false, error: { code: error.code, message: error.message, requestId: error.requestId } };
    logUnexpectedError(error);
    return { ok: false, error: { code: "internal", message: genericErrorMessage, requestId: null } };
  }
}
