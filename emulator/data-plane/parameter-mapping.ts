import { JSONPath } from "jsonpath-plus";
import type { MultiMap } from "./invocation-context";

/** Where mapping expressions read from: the method request, the integration response, context, stage variables. */
export interface MappingSources {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<MultiMap>;
  readonly headers?: Readonly<MultiMap>;
  readonly body?: string;
  /** integration.response.header.* (lower-cased names). */
  readonly responseHeaders?: Readonly<MultiMap>;
  readonly responseBody?: string;
  readonly context?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
}

const first = (map: Readonly<MultiMap> | undefined, name: string) => map?.[name.toLowerCase()]?.[0] ?? map?.[name]?.[0];

/**
 * Evaluates one mapping expression: 'static', method.request.{path|querystring|header|multivalue...}.x,
 * integration.response.{header.x|body|body.json.path}, context.x.y, stageVariables.x.
 * Returns undefined when the source has no value (the target is then left out, as on AWS).
 */
export function evaluateMappingExpression(expression: string, sources: MappingSources): string | undefined {
  const literal = /^'(.*)'$/s.exec(expression);
  if (literal) return literal[1];
  const [root, ...rest] = expression.split(".");
  const name = rest.slice(2).join(".");
  if (root === "method" && rest[0] === "request") return methodRequestValue(rest[1], name, sources);
  if (root === "integration" && rest[0] === "response") {
    if (rest[1] === "header") return first(sources.responseHeaders, name);
    if (rest[1] === "multivalueheader") return sources.responseHeaders?.[name.toLowerCase()]?.join(",");
    if (rest[1] === "body") return name === "" ? sources.responseBody : jsonField(sources.responseBody, name);
  }
  if (root === "stageVariables") return sources.stageVariables?.[rest.join(".")];
  if (root === "context") return contextValue(sources.context, rest);
  return undefined;
}

function methodRequestValue(location: string | undefined, name: string, sources: MappingSources): string | undefined {
  switch (location) {
    case "path":
      return sources.path?.[name];
    case "querystring":
      return sources.query?.[name]?.at(-1);
    case "multivaluequerystring":
      return sources.query?.[name]?.join(",");
    case "header":
      return first(sources.headers, name);
    case "multivalueheader":
      return sources.headers?.[name.toLowerCase()]?.join(",");
    case "body":
      return name === "" ? sources.body : jsonField(sources.body, name);
    default:
      return undefined;
  }
}

function jsonField(body: string | undefined, path: string): string | undefined {
  if (!body) return undefined;
  try {
    const [value] = JSONPath({ path: `$.${path}`, json: JSON.parse(body), wrap: true }) as unknown[];
    if (value === undefined) return undefined;
    return typeof value === "string" ? value : JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function contextValue(context: Readonly<Record<string, unknown>> | undefined, path: readonly string[]): string | undefined {
  let value: unknown = context;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * Applies a requestParameters / responseParameters map: keys like "integration.request.header.X" or
 * "method.response.header.X"; returns the values grouped by location (header, querystring, path).
 */
export function applyParameterMappings(
  mappings: Readonly<Record<string, string>> | undefined,
  targetPrefix: string,
  sources: MappingSources | (() => MappingSources),
): Readonly<Record<string, Readonly<Record<string, string>>>> {
  // Most methods map nothing: the sources (with $context) and the result are only built for a method that does.
  if (!mappings) return NOTHING_MAPPED;
  let out: Record<string, Record<string, string>> | undefined;
  let resolved: MappingSources | undefined;
  for (const target in mappings) {
    const expression = mappings[target]!;
    if (!target.startsWith(targetPrefix)) continue;
    const [location, ...nameParts] = target.slice(targetPrefix.length).split(".");
    resolved ??= typeof sources === "function" ? sources() : sources;
    const value = evaluateMappingExpression(expression, resolved);
    if (!location || value === undefined) continue;
    ((out ??= {})[location] ??= {})[nameParts.join(".")] = value;
  }
  return out ?? NOTHING_MAPPED;
}

const NOTHING_MAPPED: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({});
