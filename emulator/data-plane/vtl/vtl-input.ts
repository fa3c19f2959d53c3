import { JSONPath } from "jsonpath-plus";

/** $input.params(): the method request's parameters by location, as a VTL map. */
export interface InputParams {
  path: Record<string, string>;
  querystring: Record<string, string>;
  header: Record<string, string>;
}

/** $input in a mapping template: the payload and the request parameters. */
export interface VtlInput {
  body: string;
  json(path: string): string;
  path(path: string): unknown;
  params(name?: string): unknown;
}

export function createVtlInput(body: string, params: InputParams): VtlInput {
  let parsed: { ok: true; value: unknown } | { ok: false } | undefined;
  const document = () => {
    if (!parsed) {
      try {
        parsed = { ok: true, value: body.trim() === "" ? {} : JSON.parse(body) };
      } catch {
        parsed = { ok: false };
      }
    }
    return parsed;
  };
  const select = (path: string): unknown => {
    const doc = document();
    if (!doc.ok) return undefined;
    const results = JSONPath({ path: path || "$", json: doc.value as object, wrap: true }) as unknown[];
    // A definite path ($.a.b) yields one value; a wildcard path yields the list.
    return results.length === 1 && !/[*]|\.\.|\[\?/.test(path) ? results[0] : results.length === 0 ? undefined : results;
  };
  return {
    body,
    json: (path) => JSON.stringify(select(path) ?? null),
    path: (path) => select(path),
    params: (name) => {
      if (name === undefined) return params;
      // Header names match case-insensitively, as HTTP does.
      const header = Object.entries(params.header).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];
      return params.path[name] ?? params.querystring[name] ?? header ?? "";
    },
  };
}
