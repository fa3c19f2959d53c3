// Timeouts of in-flight invocations: a local function's own timeout and an integration's timeoutInMillis. Node's
// setTimeout reads the loop's clock through a native call and files the timer in a list per duration; two of them per
// Lambda request cost more CPU than routing it (bench/profile-data-plane.ts). One interval sweeps every deadline
// instead, so a timeout fires at most RESOLUTION_MS after it is due. The interval stops at the first sweep that finds
// nothing pending, not when the last deadline is cancelled: a Lambda request adds and cancels its deadlines within
// a tick, and arming a timer per request would cost what the shared timer saves.

/** How late past its deadline a timeout may fire. */
export const RESOLUTION_MS = 10;

/** A pending deadline, linked in a list: a Set of fresh objects hashes each one, on every Lambda request. */
class Deadline {
  prev: Deadline | undefined;
  next: Deadline | undefined;
  linked = true;

  constructor(
    readonly at: number,
    readonly expire: () => void,
  ) {}
}

/** Deadlines of in-flight work, one per timeout, swept by one shared timer. */
export class DeadlineWatch {
  private head: Deadline | undefined;
  private tail: Deadline | undefined;
  private count = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** Calls `expire` once `ms` have passed, unless the returned function is called first to cancel it. */
  after(ms: number, expire: () => void): () => void {
    const deadline = new Deadline(this.now() + ms, expire);
    deadline.prev = this.tail;
    if (this.tail) this.tail.next = deadline;
    else this.head = deadline;
    this.tail = deadline;
    this.count++;
    this.timer ??= setInterval(() => this.sweep(), RESOLUTION_MS);
    return () => this.drop(deadline);
  }

  /** Deadlines not yet expired or cancelled. */
  get size(): number {
    return this.count;
  }

  private drop(deadline: Deadline): void {
    if (!deadline.linked) return;
    deadline.linked = false;
    if (deadline.prev) deadline.prev.next = deadline.next;
    else this.head = deadline.next;
    if (deadline.next) deadline.next.prev = deadline.prev;
    else this.tail = deadline.prev;
    deadline.prev = deadline.next = undefined;
    this.count--;
  }

  private sweep(): void {
    if (this.count === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const now = this.now();
    // Due ones are gathered first: an expiry may cancel or add others, which would break a walk in progress.
    const due: Deadline[] = [];
    for (let deadline = this.head; deadline; deadline = deadline.next) if (deadline.at <= now) due.push(deadline);
    for (const deadline of due) {
      if (!deadline.linked) continue;
      this.drop(deadline);
      deadline.expire();
    }
  }
}
