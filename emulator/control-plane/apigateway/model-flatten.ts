// GetModel flatten=true: a model's schema with the other models it references inlined, so it stands alone.
//
// AWS documents only "resolve all external model references and return a flattened model schema"
// (botocore GetModelRequest.flatten). What follows is the sandbox's reading, UNCONFIRMED against AWS:
// - a canonical reference to a model of the same API is replaced by that model's schema (its own
//   "$schema" dropped, since it is no longer a root), flattened in turn;
// - a reference that would recurse (a model reaching itself, directly or through others) stays a
//   reference, in canonical form, so the answer is finite;
// - "#/..." references inside an inlined model are resolved against that model, not the new root;
// - references to models that do not exist, or to another API's models, stay as they are.

const CANONICAL = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/([^/]+)\/models\/([^/#]+)$/;

export const canonicalModelUrl = (restApiId: string, name: string) => `https://apigateway.amazonaws.com/restapis/${restApiId}/models/${name}`;

/** The model a canonical reference names, or undefined for any other reference. */
export function referencedModel(ref: string): { restApiId: string; name: string } | undefined {
  const match = CANONICAL.exec(ref);
  return match ? { restApiId: match[1]!, name: match[2]! } : undefined;
}

/** Every $ref string in a parsed schema. */
export function schemaReferences(node: unknown): string[] {
  if (node === null || typeof node !== "object") return [];
  const own = typeof (node as { $ref?: unknown }).$ref === "string" ? [(node as { $ref: string }).$ref] : [];
  return [...own, ...Object.values(node).flatMap(schemaReferences)];
}

/** Looks up another model's parsed schema by name; undefined when there is none. */
export type ModelSchemaLookup = (name: string) => unknown;

interface Scope {
  restApiId: string;
  lookup: ModelSchemaLookup;
  /** The model whose text is being walked, and its parsed root ("#" refs resolve against it). */
  model: string;
  root: unknown;
  /** The top model: its own "#" refs stay valid, so they are kept. */
  top: string;
  /** Models and pointers being inlined on the way here; meeting one again means recursion. */
  stack: readonly string[];
}

/** The node a "#/a/b" JSON pointer names inside `root` (~1 and ~0 unescaped), or undefined. */
export function schemaPointer(root: unknown, ref: string): unknown {
  let node = root;
  for (const part of ref.slice(2).split("/").filter(Boolean)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

function withoutSchemaKeyword(node: unknown): unknown {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
  const copy = { ...(node as Record<string, unknown>) };
  delete copy.$schema;
  return copy;
}

function inlineModel(name: string, ref: string, scope: Scope): unknown {
  const schema = scope.stack.includes(name) ? undefined : scope.lookup(name);
  if (schema === undefined) return { $ref: ref };
  return walk(withoutSchemaKeyword(schema), { ...scope, model: name, root: schema, stack: [...scope.stack, name] });
}

function inlinePointer(ref: string, scope: Scope): unknown {
  if (scope.model === scope.top) return { $ref: ref };
  const key = `${scope.model}${ref}`;
  // A recursive pointer inside an inlined model can only stay a reference if it names its model absolutely.
  if (scope.stack.includes(key)) return { $ref: `${canonicalModelUrl(scope.restApiId, scope.model)}${ref}` };
  const target = schemaPointer(scope.root, ref);
  if (target === undefined) return { $ref: ref };
  return walk(target, { ...scope, stack: [...scope.stack, key] });
}

function walk(node: unknown, scope: Scope): unknown {
  if (Array.isArray(node)) return node.map((item) => walk(item, scope));
  if (node === null || typeof node !== "object") return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string") {
    const target = referencedModel(ref);
    if (target && target.restApiId === scope.restApiId) return inlineModel(target.name, ref, scope);
    if (ref.startsWith("#")) return inlinePointer(ref, scope);
    return node;
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value, scope)]));
}

/** The parsed schema of model `name` with the references to other models of `restApiId` inlined. */
export function flattenModelSchema(schema: unknown, name: string, restApiId: string, lookup: ModelSchemaLookup): unknown {
  return walk(schema, { restApiId, lookup, model: name, root: schema, top: name, stack: [name] });
}
