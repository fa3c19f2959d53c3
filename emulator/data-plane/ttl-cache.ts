/** Entries that expire after their TTL, or when their owner (a stage) was flushed after they were stored. */
export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; storedAt: number; expiresAt: number }>();

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
    this.entries.set(key, { value, storedAt: now, expiresAt: now + ttlSeconds * 1000 });
  }
}
