import type { z } from "zod";
import type { ActionError } from "./action-result";

/** Turns zod issues into per-field messages; issues about the input as a whole become the message. */
export function validationError(error: z.ZodError): ActionError {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    if (field) (fieldErrors[field] ??= []).push(issue.message);
    // Input that is not even an object comes from a bug or a hand-made request, not from a person typing.
    else formErrors.push(issue.code === "invalid_type" ? "The request was not understood. Reload the page and try again." : issue.message);
  }
  const fieldCount = Object.keys(fieldErrors).length;
  const message = formErrors[0] ?? (fieldCount === 1 ? Object.values(fieldErrors)[0]![0]! : "Some fields need attention.");
  return { code: "validation", message, ...(fieldCount > 0 ? { fieldErrors } : {}) };
}
