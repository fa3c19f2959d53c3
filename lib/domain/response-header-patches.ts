import type { PatchOperation } from "./plan";

const headerPrefix = "method.response.header.";

/** A header mapping map keyed by header name (without the method.response.header. prefix). */
export type HeaderMap<V> = Record<string, V>;

/** Header name -> value of the method.response.header.* entries of a responseParameters map. */
export function responseHeaders<V>(responseParameters: Record<string, V>): HeaderMap<V> {
  return Object.fromEntries(
    Object.entries(responseParameters)
      .filter(([key]) => key.startsWith(headerPrefix))
      .map(([key, value]) => [key.slice(headerPrefix.length), value]),
  );
}

export function toResponseParameters<V>(headers: HeaderMap<V>): Record<string, V> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [`${headerPrefix}${name}`, value]));
}

/**
 * Patch operations that turn the managed headers of `current` into `desired`; headers that are not managed stay
 * untouched. Case-insensitive names, since a header added by hand as "access-control-allow-origin" is the same header.
 */
export function headerPatches<V extends string | boolean>(current: HeaderMap<V>, desired: HeaderMap<V>, managed: (name: string, value: V) => boolean): PatchOperation[] {
  const patches: PatchOperation[] = [];
  const desiredLower = new Map(Object.keys(desired).map((name) => [name.toLowerCase(), name]));
  for (const [name, value] of Object.entries(current)) {
    const wanted = desiredLower.get(name.toLowerCase());
    if (wanted === undefined && managed(name, value)) patches.push({ op: "remove", path: `/responseParameters/${headerPrefix}${name}` });
    if (wanted !== undefined && wanted !== name) patches.push({ op: "remove", path: `/responseParameters/${headerPrefix}${name}` });
  }
  for (const [name, value] of Object.entries(desired)) {
    const existing = Object.entries(current).find(([key]) => key === name);
    if (existing && existing[1] === value) continue;
    patches.push({ op: existing ? "replace" : "add", path: `/responseParameters/${headerPrefix}${name}`, value: String(value) });
  }
  return patches;
}

/** A patch path segment: "/" becomes "~1" as JSON Pointer requires (application/json -> application~1json). */
export function patchSegment(value: string): string {
  return value.replace(/~/g, "~0").replace(/\//g, "~1");
}
