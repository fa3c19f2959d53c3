import "server-only";

// The account, usage plans, domains and alarms are the same for every API of an environment. The environment
// advisor reads 50-200 APIs in a row, so those reads are shared for a few seconds instead of repeated per API.
const ttlMs = 15_000;

type Entry = { at: number; value: Promise<unknown> };
const entries = new Map<string, Entry>();

/** One read shared by every caller within the TTL (in flight included); a failed read is not kept. */
export function sharedAdvisorRead<T>(envId: string, what: string, read: () => Promise<T>, now = Date.now()): Promise<T> {
  const key = `${envId}\u0000${what}`;
  const cached = entries.get(key);
  if (cached && now - cached.at < ttlMs) return cached.value as Promise<T>;
  const value = read();
  entries.set(key, { at: now, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Drops an environment's shared reads, e.g. after a fix changed a usage plan or a domain. */
export function forgetAdvisorSharedReads(envId: string): void {
  for (const key of entries.keys()) if (key.startsWith(`${envId}\u0000`)) entries.delete(key);
}
