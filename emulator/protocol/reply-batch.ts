// Replies go out together at the end of the event loop's I/O phase, not each the moment it is ready.
//
// A client on another core that sleeps waiting for its answer is woken by the write that brings it, and the writer
// pays for the wake-up (in the kernel, inside the write). A server answering one ready socket after another, with its
// own work between the writes, lets the client fall asleep between them and wakes it again for every answer: on this
// 2-core machine, at 16 connections, that was most of what a sandbox request cost beyond a bare Node server.
// Written back to back, one turn's answers wake a sleeping client once, and it reads the rest while awake. A reply
// waits at most for the other callbacks of its own turn: setImmediate runs right after the I/O phase, so a lone
// request is answered as soon as it would have been. uWebSockets corks a loop iteration's writes in the same way.

/** Items handed to `write` in the order they were added, all at once after the current turn's I/O callbacks. */
export class ReplyBatch<T> {
  private waiting: T[] = [];

  /** `write` must not throw: it is called from setImmediate, where nobody could catch it. */
  constructor(private readonly write: (item: T) => void) {}

  add(item: T): void {
    if (this.waiting.push(item) === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    // Taken first: a write that adds another reply starts the next batch instead of growing this one.
    const batch = this.waiting;
    this.waiting = [];
    for (const item of batch) this.write(item);
  }
}
