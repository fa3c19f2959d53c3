import { describe, expect, it } from "vitest";
import { limitConcurrency } from "./read-queue";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("limitConcurrency", () => {
  it("runs at most the limit at once and starts the next as one finishes, in queue order", async () => {
    const run = limitConcurrency(2);
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = gates.map((gate, index) => run(async () => (started.push(index), await gate.promise, index)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(results)).toEqual([0, 1, 2]);
  });

  it("drops a queued task whose signal aborted before its turn", async () => {
    const run = limitConcurrency(1);
    const gate = deferred();
    const first = run(() => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const second = run(async () => void (ran = true), controller.signal);
    controller.abort(new Error("scrolled away"));
    gate.resolve();
    await first;
    await expect(second).rejects.toThrow("scrolled away");
    expect(ran).toBe(false);
    expect(await run(async () => "next")).toBe("next");
  });
});
