import type { MethodFieldChange } from "./method-changes";
import type { MethodDefinition } from "./method-definition";

/** A step of a save that AWS (or the sandbox) refused, with the reason to show. */
export type FailedStep = { step: string; code: string; message: string; /** The editor field it concerns, when one. */ field: string | null };

/**
 * What a save did. `conflict`: someone changed the method since it was loaded, so nothing was sent.
 * `partial`: some calls went through and one failed; the rest were not sent. `current` is the method as it is now
 * (null when it could not be read back), the baseline for a retry of the rest.
 */
export type MethodSaveResult =
  | { status: "saved"; applied: string[]; current: MethodDefinition | null }
  | { status: "conflict"; changes: MethodFieldChange[]; current: MethodDefinition }
  | { status: "partial"; applied: string[]; failed: FailedStep; notRun: string[]; current: MethodDefinition | null };
