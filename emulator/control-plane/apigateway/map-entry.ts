/** A copy of a string-keyed map with one entry set (or removed when value is undefined); empty maps become undefined, as AWS leaves them out. */
export function withEntry<V>(map: Readonly<Record<string, V>> | undefined, key: string, value: V | undefined): Record<string, V> | undefined {
  const next: Record<string, V> = { ...map };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length ? next : undefined;
}
