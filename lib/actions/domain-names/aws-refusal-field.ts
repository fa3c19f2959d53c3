import { ConsoleError } from "@/lib/errors";

/** Which form field an AWS refusal is about, told by its message, e.g. [/certificate/i, "certificateArn"]. */
export type RefusalField = readonly [pattern: RegExp, field: string];

/** An AWS refusal (invalid, conflicting, over a limit) shown beside the field it concerns; other failures pass through. */
export function refusalBesideField(error: unknown, fields: readonly RefusalField[], fallbackField?: string): unknown {
  if (!(error instanceof ConsoleError) || !["conflict", "validation", "limit_exceeded", "not_found"].includes(error.code)) return error;
  const field = fields.find(([pattern]) => pattern.test(error.message))?.[1] ?? fallbackField;
  if (!field) return error;
  return new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { [field]: [error.message] }, cause: error });
}
