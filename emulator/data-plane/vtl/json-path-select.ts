import { JSONPath } from "jsonpath-plus";

// "$" or "$.a.b" with plain names: what most templates ask ($input.json('$'), $input.path('$.name')).
const DEFINITE_NAMES = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
// Names jsonpath-plus guards (prototype keys): left to it so the answer stays its answer.
const GUARDED_NAMES = new Set(["__proto__", "constructor", "prototype"]);
// Only a wildcard, a deep scan or a filter can select more than one value.
const INDEFINITE = /[*]|\.\.|\[\?/;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The names of a "$.a.b" path through plain objects, or undefined when jsonpath-plus must answer it. */
const namesOf = (path: string): string[] | undefined => {
  if (!DEFINITE_NAMES.test(path)) return undefined;
  const names = path.split(".").slice(1);
  return names.some((name) => GUARDED_NAMES.has(name)) ? undefined : names;
};

/**
 * What $input.path selects from a parsed body: one value for a definite path, the list for a wildcard, a deep scan
 * or a filter, undefined when nothing matches. "$.a.b" through plain objects is walked directly (jsonpath-plus
 * parses and traces every call, the larger part of a passthrough template's cost); the walk answers exactly as
 * jsonpath-plus does, which answers everything else.
 */
export function selectJsonPath(document: unknown, path: string): unknown {
  const names = namesOf(path || "$");
  if (names && isPlainObject(document)) {
    let value: unknown = document;
    for (const name of names) {
      if (!isPlainObject(value)) return jsonPathPlus(document, path);
      if (!Object.hasOwn(value, name)) return undefined;
      value = value[name];
    }
    return value;
  }
  return jsonPathPlus(document, path);
}

function jsonPathPlus(document: unknown, path: string): unknown {
  const results = JSONPath({ path: path || "$", json: document as object, wrap: true }) as unknown[];
  return results.length === 1 && !INDEFINITE.test(path) ? results[0] : results.length === 0 ? undefined : results;
}
