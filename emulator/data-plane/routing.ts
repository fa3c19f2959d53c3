import type { Method, Resource } from "../control-plane/apigateway/types";

export interface RouteMatch {
  readonly resource: Resource;
  readonly method: Method;
  readonly pathParameters: Record<string, string>;
}

type Segment = { kind: "literal"; text: string } | { kind: "param"; name: string } | { kind: "greedy"; name: string };

interface CompiledResource {
  readonly resource: Resource;
  readonly segments: readonly Segment[];
}

/** Literal beats {param} beats {proxy+}, segment by segment from the left. */
const rank: Record<Segment["kind"], number> = { literal: 2, param: 1, greedy: 0 };

function compileSegment(part: string): Segment {
  if (part.startsWith("{") && part.endsWith("+}")) return { kind: "greedy", name: part.slice(1, -2) };
  if (part.startsWith("{") && part.endsWith("}")) return { kind: "param", name: part.slice(1, -1) };
  return { kind: "literal", text: part };
}

export const splitPath = (path: string): string[] => path.split("/").filter((part) => part !== "");

/** Compiles a snapshot's resources once so each request only walks them. */
export function compileRoutes(resources: readonly Resource[]): readonly CompiledResource[] {
  return resources.map((resource) => ({ resource, segments: splitPath(resource.path).map(compileSegment) }));
}

/** Whether a route's segments match the request's decoded path parts: no allocation, as most routes do not. */
function fits(segments: readonly Segment[], parts: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === "greedy") return i < parts.length;
    if (i >= parts.length) return false;
    if (segment.kind === "literal" && segment.text !== parts[i]) return false;
  }
  return segments.length === parts.length;
}

/** The path parameters of a route that fits. */
function parametersOf(segments: readonly Segment[], parts: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment.kind === "greedy") params[segment.name] = parts.slice(i).join("/");
    else if (segment.kind === "param") params[segment.name] = parts[i]!;
  }
  return params;
}

function compareSpecificity(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i] ? rank[a[i]!.kind] : -1;
    const right = b[i] ? rank[b[i]!.kind] : -1;
    if (left !== right) return right - left;
  }
  return 0;
}

/** The method a resource serves for a verb: the verb itself, else ANY. */
export function methodFor(resource: Resource, httpMethod: string): Method | undefined {
  return resource.resourceMethods?.[httpMethod] ?? resource.resourceMethods?.ANY;
}

/**
 * Finds the resource and method for a request: among resources whose path matches and that serve the
 * verb (or ANY), the most specific path wins.
 */
export function matchRoute(routes: readonly CompiledResource[], httpMethod: string, path: string): RouteMatch | undefined {
  // Each part is decoded once, then compared with every route: split first, so an encoded "/" stays in its part.
  const parts = splitPath(path).map(safeDecode);
  let best: { compiled: CompiledResource; method: Method } | undefined;
  for (const compiled of routes) {
    if (!fits(compiled.segments, parts)) continue;
    const method = methodFor(compiled.resource, httpMethod);
    if (!method) continue;
    // Strictly more specific only: among equals, the first route stays.
    if (!best || compareSpecificity(compiled.segments, best.compiled.segments) < 0) best = { compiled, method };
  }
  return best && { resource: best.compiled.resource, method: best.method, pathParameters: parametersOf(best.compiled.segments, parts) };
}

function safeDecode(part: string): string {
  // Nothing to decode in most parts: decodeURIComponent would still copy each one.
  if (!part.includes("%")) return part;
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
