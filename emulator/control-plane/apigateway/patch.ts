import { badRequest, type AwsError } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";

type Op = PatchOperation["op"];

export interface PatchRule<T> {
  readonly ops: readonly Op[];
  /** Gets the entity so far, the operation's string value, the op, and the path's {captures} unescaped. */
  readonly apply: (entity: T, value: string | undefined, op: Op, captures: string[], operation: PatchOperation) => T;
}

/**
 * Path templates ("/variables/{name}") to rules; a {capture} matches exactly one pointer segment, and a last
 * {capture+} the rest of the path, slashes included (clients send ARNs in paths unescaped).
 */
export type PatchRules<T> = Readonly<Record<string, PatchRule<T>>>;

interface CompiledRule<T> {
  readonly template: string;
  readonly segments: readonly string[];
  /** The last segment is a {capture+}. */
  readonly greedy: boolean;
  readonly literals: number;
  readonly rule: PatchRule<T>;
}

const compiledCache = new WeakMap<object, CompiledRule<unknown>[]>();

function compile<T>(rules: PatchRules<T>): CompiledRule<T>[] {
  const cached = compiledCache.get(rules);
  if (cached) return cached as CompiledRule<T>[];
  const compiled = Object.entries(rules)
    .map(([template, rule]) => {
      const segments = template.split("/").slice(1);
      const greedy = segments.at(-1)?.endsWith("+}") ?? false;
      return { template, segments, greedy, literals: segments.filter((s) => !s.startsWith("{")).length, rule };
    })
    .sort((a, b) => b.literals - a.literals);
  compiledCache.set(rules, compiled as CompiledRule<unknown>[]);
  return compiled;
}

const unescape = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** How an entity words a path none of its rules knows (AWS words it differently per entity). */
export type UnknownPathError = (operation: PatchOperation) => AwsError;

/** AWS's answer to a path none of an entity's rules knows; gateway responses also give it for an op a path does not take. */
export const invalidPatchPath: UnknownPathError = (operation) => badRequest(`Invalid patch path ${operation.path}`);


/** Applies API Gateway patch operations in order; the first unknown path or op fails the whole call. */
export function applyPatch<T>(entity: T, operations: readonly PatchOperation[], rules: PatchRules<T>, unknownPath = invalidPatchPath, wrongOp?: UnknownPathError): T {
  const compiled = compile(rules);
  let result = entity;
  for (const operation of operations) {
    const segments = operation.path.split("/").slice(1);
    const match = compiled.find((candidate) => matches(candidate, segments));
    if (!match) throw unknownPath(operation);
    if (!match.rule.ops.includes(operation.op)) {
      throw wrongOp ? wrongOp(operation) : badRequest(`Invalid patch operation specified. Must be one of: [${match.rule.ops.join(", ")}]`);
    }
    const captures = match.segments.flatMap((segment, i) => {
      if (!segment.startsWith("{")) return [];
      const last = match.greedy && i === match.segments.length - 1;
      return [unescape(last ? segments.slice(i).join("/") : segments[i]!)];
    });
    result = match.rule.apply(result, operation.value, operation.op, captures, operation);
  }
  return result;
}

function matches<T>(candidate: CompiledRule<T>, segments: readonly string[]): boolean {
  const lengthFits = candidate.greedy ? segments.length >= candidate.segments.length : segments.length === candidate.segments.length;
  return lengthFits && candidate.segments.every((segment, i) => segment.startsWith("{") || segment === segments[i]);
}
