import type { Store } from "../store/store";
import { ServedMetrics } from "./served-metrics";
import { ServedUsage } from "./served-usage";

/** Counted requests reach the store at most this long after they were served. */
export const WRITE_EVERY_MS = 1_000;

/**
 * What the data plane counts per request (metrics, API key usage), kept off the request path: requests add to
 * memory, and one transaction writes it all at most once a second, before any other operation reads the store
 * (the store runs deferred writes first) and when the sandbox closes. A kill -9 loses at most the last second
 * of counts; a client never reads a count a crash could take back, since every read waits for the write.
 */
export class ServedCounters {
  readonly metrics = new ServedMetrics();
  readonly usage = new ServedUsage();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
  ) {
    store.deferWrites(() => this.write());
  }

  /** Called after counting a request: the write that takes it to the store is at most WRITE_EVERY_MS away. */
  scheduleWrite(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // A failed journal write fails the next operation too, which reports it; the timer has no caller to tell.
      this.store.writeDeferred().catch(() => undefined);
    }, WRITE_EVERY_MS).unref();
  }

  private write(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.metrics.isEmpty) this.metrics.write(this.now());
    if (!this.usage.isEmpty) this.usage.write();
  }
}
