import { contextVariables, type ContextSource } from "./context-variables";
import type { InvocationOutcome } from "./chain";

/** $context as access logs see it once the response is known (facts §11). */
export function accessLogVariables(invocation: ContextSource, outcome: InvocationOutcome, latencyMs: number): Record<string, unknown> {
  const routed = outcome.routed;
  const integrationLatency = routed?.integrationLatencyMs;
  // contextVariables answers a fresh object: adding to it saves copying every field into another.
  return Object.assign(contextVariables(routed ?? invocation), {
    status: outcome.response.statusCode,
    responseLength: outcome.response.body.length,
    responseLatency: latencyMs,
    integrationLatency,
    integrationStatus: routed?.endpointResponse?.statusCode,
    integration: { latency: integrationLatency, status: routed?.endpointResponse?.statusCode },
    error: { message: outcome.error?.message, messageString: outcome.error && JSON.stringify(outcome.error.message), responseType: outcome.error?.responseType },
  });
}

const CONTEXT_VARIABLE = /\$context\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_-]+)*)/g;

/** Fills an access log format's $context variables: the format is split once, each line only looks values up. */
export type AccessLogRenderer = (variables: Readonly<Record<string, unknown>>) => string;

/** Splits a format into literal text and $context paths once, so each access log line does no parsing. */
export function compileAccessLogFormat(format: string): AccessLogRenderer {
  const literals: string[] = [];
  const paths: string[][] = [];
  let at = 0;
  for (const match of format.matchAll(CONTEXT_VARIABLE)) {
    literals.push(format.slice(at, match.index));
    paths.push(match[1]!.split("."));
    at = match.index + match[0].length;
  }
  literals.push(format.slice(at));
  return (variables) => {
    let line = literals[0]!;
    for (let i = 0; i < paths.length; i++) line += printed(variables, paths[i]!) + literals[i + 1]!;
    return line;
  };
}

/** A value as AWS prints it in an access log: missing, null and object values print as "-". */
function printed(variables: Readonly<Record<string, unknown>>, path: readonly string[]): string {
  let value: unknown = variables;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value === undefined || value === null || typeof value === "object" ? "-" : String(value);
}

/** Fills $context.x.y in an access log format; values that are missing print as "-", as AWS prints them. */
export function renderAccessLogLine(format: string, variables: Readonly<Record<string, unknown>>): string {
  return compileAccessLogFormat(format)(variables);
}
