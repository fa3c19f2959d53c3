// Timeouts of in-flight invocations: a local function's own timeout and an integration's timeoutInMillis. Node's
// setTimeout reads the loop's clock through a native call and files the timer in a list per duration; two of them per
// Lambda request cost more CPU than routing it (bench/profile-data-plane.ts). One interval sweeps every deadline
// instead, so a timeout fires at most RESOLUTION_MS after it is due. The interval stops at the first sweep that finds
// nothing pending, not when the last deadline is cancelled: a Lambda request adds and cancels its deadlines within
// a tick, and arming a timer per request would cost what the shared timer saves.

/** How late past its deadline a timeout may fire. */
export const RESOLUTION_MS = 10;

interface Deadline {
  readonly at: number;
  readonly expire: () => void;
}

/** Deadlines of in-flight work, one per timeout, swept by one shared timer. */
export class DeadlineWatch {
  private readonly pending = new Set<Deadline>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** Calls `expire` once `ms` have passed, unless the returned function is called first to cancel it. */
  after(ms: number, expire: () => void): () => void {
    const deadline = { at: this.now() + ms, expire };
    this.pending.add(deadline);
    this.timer ??= setInterval(() => this.sweep(), RESOLUTION_MS);
    return () => this.drop(deadline);
  }

  /** Deadlines not yet expired or cancelled. */
  get size(): number {
    return this.pending.size;
  }

  private drop(deadline: Deadline): void {
    this.pending.delete(deadline);
  }

  private sweep(): void {
    if (this.pending.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const now = this.now();
    for (const deadline of this.pending) {
      if (deadline.at > now) continue;
      this.drop(deadline);
      deadline.expire();
    }
  }
}
