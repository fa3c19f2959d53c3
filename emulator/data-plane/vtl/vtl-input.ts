import { selectJsonPath } from "./json-path-select";

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

// Header names match case-insensitively, as HTTP does.
const headerValue = (header: Record<string, string>, name: string): string | undefined => {
  const lower = name.toLowerCase();
  return Object.entries(header).find(([key]) => key.toLowerCase() === lower)?.[1];
};

/** $input over a payload; the parameters may be given as a function, called only when a template reads them. */
export function createVtlInput(body: string, params: InputParams | (() => InputParams)): VtlInput {
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
    return doc.ok ? selectJsonPath(doc.value, path) : undefined;
  };
  let known: InputParams | undefined;
  const allParams = () => (known ??= typeof params === "function" ? params() : params);
  return {
    body,
    json: (path) => JSON.stringify(select(path) ?? null),
    path: (path) => select(path),
    params: (name) => {
      const all = allParams();
      if (name === undefined) return all;
      return all.path[name] ?? all.querystring[name] ?? headerValue(all.header, name) ?? "";
    },
  };
}
