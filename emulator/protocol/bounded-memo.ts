/**
 * `compute` remembered by its string argument, for values read again and again from what clients send (Host
 * headers, integration URIs). Clients choose those strings, so the memory is bounded: past `limit` entries it
 * starts afresh rather than grow.
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const value = known.get(key);
    // One lookup for the usual hit; undefined may also be a remembered answer, which has() tells apart.
    if (value !== undefined || known.has(key)) return value as T;
    return remember(key);
  };

  function remember(key: string): T {
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  }
}
