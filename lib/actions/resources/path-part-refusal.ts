import { ConsoleError } from "@/lib/errors";

/** AWS's refusal of a path part (duplicate, second parameter, greedy parent, quota) belongs beside the path part field. */
export function asPathPartRefusal(error: unknown): unknown {
  if (!(error instanceof ConsoleError) || !["conflict", "validation", "limit_exceeded"].includes(error.code)) return error;
  return new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { pathPart: [error.message] }, cause: error });
}
