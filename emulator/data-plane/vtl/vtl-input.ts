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

/**
 * $input over a payload, the parameters given as they are or as a function called only when a template reads them.
 * A class, not an object of closures: one is built for every render.
 */
export function createVtlInput(body: string, params: InputParams | (() => InputParams)): VtlInput {
  return new TemplateInput(body, params);
}

class TemplateInput implements VtlInput {
  #parsed: { ok: true; value: unknown } | { ok: false } | undefined;
  #params: InputParams | (() => InputParams);

  constructor(
    readonly body: string,
    params: InputParams | (() => InputParams),
  ) {
    this.#params = params;
  }

  json(path: string): string {
    return JSON.stringify(this.#select(path) ?? null);
  }

  path(path: string): unknown {
    return this.#select(path);
  }

  params(name?: string): unknown {
    if (typeof this.#params === "function") this.#params = this.#params();
    const all = this.#params;
    if (name === undefined) return all;
    return all.path[name] ?? all.querystring[name] ?? headerValue(all.header, name) ?? "";
  }

  #select(path: string): unknown {
    const doc = (this.#parsed ??= parseBody(this.body));
    return doc.ok ? selectJsonPath(doc.value, path) : undefined;
  }
}

/** The body parsed once per $input, on first read; an empty body reads as {}. */
function parseBody(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: body.trim() === "" ? {} : JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}
