import type { MethodDefinition } from "@/lib/domain/method-definition";
import { integrationTimeoutRange } from "@/lib/domain/method-definition";

/** The save action's field errors ("edited.integration.uri") keyed by path inside the method ("integration.uri"). */
export function serverFieldErrors(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors ?? {}).map(([key, messages]) => [key.replace(/^(edited|loaded)\./, ""), messages]));
}

/** What can be checked before anything is sent (the server checks again). */
export function localMethodErrors(method: MethodDefinition): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const timeout = method.integration?.timeoutInMillis;
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < integrationTimeoutRange.min || timeout > integrationTimeoutRange.max)) {
    errors["integration.timeoutInMillis"] = ["Use a whole number of milliseconds from 50 to 29,000."];
  }
  if ((method.authorizationType === "CUSTOM" || method.authorizationType === "COGNITO_USER_POOLS") && !method.authorizerId) errors.authorizerId = ["Choose an authorizer."];
  if (method.integration && method.integration.type !== "MOCK" && !method.integration.uri.trim()) errors["integration.uri"] = ["Enter the backend URI."];
  return errors;
}
