import { describe, expect, it } from "vitest";
import { ReplyBatch } from "./reply-batch";

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("ReplyBatch", () => {
  it("writes nothing while the turn runs, then everything added in it, in order, at once", async () => {
    const written: string[] = [];
    const batch = new ReplyBatch<string>((item) => written.push(item));
    batch.add("a");
    await Promise.resolve();
    batch.add("b");
    batch.add("c");
    expect(written).toEqual([]);
    await nextTurn();
    expect(written).toEqual(["a", "b", "c"]);
  });

  it("starts a new batch for what a write adds, and loses nothing", async () => {
    const written: string[] = [];
    const batch = new ReplyBatch<string>((item) => {
      written.push(item);
      if (item === "first") batch.add("added while writing");
    });
    batch.add("first");
    batch.add("second");
    await nextTurn();
    expect(written).toEqual(["first", "second"]);
    await nextTurn();
    expect(written).toEqual(["first", "second", "added while writing"]);
  });

  it("writes each item once, across batches", async () => {
    const written: number[] = [];
    const batch = new ReplyBatch<number>((item) => written.push(item));
    for (let turn = 0; turn < 3; turn++) {
      batch.add(turn * 2);
      batch.add(turn * 2 + 1);
      await nextTurn();
    }
    expect(written).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
