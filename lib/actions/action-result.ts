import type { ErrorCode } from "@/lib/errors";

export type ActionError = { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
