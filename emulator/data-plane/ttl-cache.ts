/** A stage cache or the authorizer cache holds at most this many entries; the oldest go first beyond it. */
const DEFAULT_MAX_ENTRIES = 10_000;

/** Entries that expire after their TTL, or when their owner (a stage) was flushed after they were stored. */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; storedAt: number; expiresAt: number }>();

  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** The live entry for `key`; entries stored at or before `flushedAt` are gone. */
  get(key: string, now: number, flushedAt?: number): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || (flushedAt !== undefined && entry.storedAt <= flushedAt)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  put(key: string, value: T, ttlSeconds: number, now: number): void {
    if (ttlSeconds <= 0) return;
    // Re-inserted, so insertion order stays oldest first.
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: now, expiresAt: now + ttlSeconds * 1000 });
    if (this.entries.size > this.maxEntries) this.evict(now);
  }

  /** Drops expired entries; if that is not enough, the oldest, down to 90% of the bound (so this runs rarely). */
  private evict(now: number): void {
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    const target = Math.floor(this.maxEntries * 0.9);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= target) break;
      this.entries.delete(key);
    }
  }
}
