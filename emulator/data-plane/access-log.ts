import { contextVariables, type ContextSource } from "./context-variables";
import type { InvocationOutcome } from "./chain";

/** $context as access logs see it once the response is known (facts §11). */
export function accessLogVariables(invocation: ContextSource, outcome: InvocationOutcome, latencyMs: number): Record<string, unknown> {
  const routed = outcome.routed;
  const integrationLatency = routed?.integrationLatencyMs;
  return {
    ...contextVariables(routed ?? invocation),
    status: outcome.response.statusCode,
    responseLength: outcome.response.body.length,
    responseLatency: latencyMs,
    integrationLatency,
    integrationStatus: routed?.endpointResponse?.statusCode,
    integration: { latency: integrationLatency, status: routed?.endpointResponse?.statusCode },
    error: { message: outcome.error?.message, messageString: outcome.error && JSON.stringify(outcome.error.message), responseType: outcome.error?.responseType },
  };
}

/** Fills $context.x.y in an access log format; values that are missing print as "-", as AWS prints them. */
export function renderAccessLogLine(format: string, variables: Readonly<Record<string, unknown>>): string {
  return format.replace(/\$context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_-]+)*)/g, (_, path: string) => {
    let value: unknown = variables;
    for (const key of path.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return value === undefined || value === null || typeof value === "object" ? "-" : String(value);
  });
}
