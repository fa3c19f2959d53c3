import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "./store";

const tempDir = () => mkdtempSync(join(tmpdir(), "archway-store-"));

/** Writes three transactions of two puts each, and returns the journal bytes a crash could cut. */
async function journalOfThreeTransactions(): Promise<Buffer> {
  const dir = tempDir();
  const store = await Store.open({ dataDir: dir, durable: false });
  const table = store.scope("000000000000", "us-east-1").table<{ n: number }>("t");
  for (let n = 1; n <= 3; n++) {
    await store.run(() => {
      table.put("", `a${n}`, { n });
      table.put("", `b${n}`, { n });
    });
  }
  // Read before close: close compacts the journal into the snapshot.
  const bytes = readFileSync(join(dir, "journal.ndjson"));
  await store.close();
  return bytes;
}

describe("journal", () => {
  it("keeps each transaction whole or drops it whole, wherever a crash cuts the journal", async () => {
    const bytes = await journalOfThreeTransactions();
    for (let cut = 0; cut <= bytes.length; cut++) {
      const dir = tempDir();
      writeFileSync(join(dir, "journal.ndjson"), bytes.subarray(0, cut));
      const store = await Store.open({ dataDir: dir, durable: false });
      const keys = store.scope("000000000000", "us-east-1").table<{ n: number }>("t").list("").map((v) => v.n);
      const committed = Math.floor(keys.length / 2);
      expect(keys, `cut at byte ${cut}`).toEqual([...Array(committed).keys()].flatMap((i) => [i + 1, i + 1]));
      await store.close();
    }
    // Opens one store per byte of the journal: slow on a loaded machine, so it gets room.
  }, 60_000);

  it("undoes every write of an operation that throws and journals nothing for it", async () => {
    const dir = tempDir();
    const store = await Store.open({ dataDir: dir, durable: false });
    const table = store.scope("000000000000", "us-east-1").table<{ v: string }>("t");
    await store.run(() => table.put("g", "kept", { v: "before" }));
    const failing = store.run(() => {
      table.put("g", "kept", { v: "changed" });
      table.put("g", "new", { v: "x" });
      table.deleteGroup("g");
      throw new Error("operation failed");
    });
    await expect(failing).rejects.toThrow("operation failed");
    expect(table.list("g")).toEqual([{ v: "before" }]);
    expect(readFileSync(join(dir, "journal.ndjson"), "utf8").trim().split("\n")).toHaveLength(1);
    await store.close();
  });

  it("writes deferred writes before every operation and on close, durably", async () => {
    const dir = tempDir();
    const store = await Store.open({ dataDir: dir, durable: false });
    const state = store.scope("000000000000", "us-east-1");
    let counted = 0;
    store.deferWrites(() => {
      if (counted > 0) state.table<number>("counts").put("", "served", (state.table<number>("counts").get("", "served") ?? 0) + counted);
      counted = 0;
    });
    counted = 3;
    expect(await store.run(() => state.table<number>("counts").get("", "served"))).toBe(3);
    counted = 2;
    await store.close();
    const reopened = await Store.open({ dataDir: dir, durable: false });
    expect(reopened.scope("000000000000", "us-east-1").table<number>("counts").get("", "served")).toBe(5);
    await reopened.close();
  });

  it("answers a read only after the change it saw is on disk", async () => {
    const store = await Store.open({ dataDir: tempDir() });
    const table = store.scope("000000000000", "us-east-1").table<{ v: number }>("t");
    const order: string[] = [];
    const write = store.run(() => table.put("", "k", { v: 1 })).then(() => order.push("write durable"));
    const read = store.run(() => table.get("", "k")).then((value) => order.push(`read ${value?.v}`));
    await Promise.all([write, read]);
    expect(order).toEqual(["write durable", "read 1"]);
    await store.close();
  });
});

describe("Table.list", () => {
  it("shares one frozen array between reads until the group changes, and follows every kind of change", async () => {
    const dir = tempDir();
    const store = await Store.open({ dataDir: dir, durable: false });
    const table = store.scope("000000000000", "us-east-1").table<{ v: string }>("t");
    await store.run(() => {
      table.put("g", "a", { v: "a" });
      table.put("g", "b", { v: "b" });
    });
    const first = table.list("g");
    expect(Object.isFrozen(first)).toBe(true);
    expect(table.list("g")).toBe(first);

    await store.run(() => table.put("g", "a", { v: "a2" }));
    expect(table.list("g")).toEqual([{ v: "a2" }, { v: "b" }]);
    await store.run(() => table.delete("g", "b"));
    expect(table.list("g")).toEqual([{ v: "a2" }]);

    // A failed operation's writes are undone, and the list read inside it is not kept.
    await expect(
      store.run(() => {
        table.put("g", "c", { v: "c" });
        expect(table.list("g")).toHaveLength(2);
        table.delete("g", "a");
        throw new Error("fails");
      }),
    ).rejects.toThrow("fails");
    expect(table.list("g")).toEqual([{ v: "a2" }]);
    await store.close();

    // Replay on open builds the same lists.
    const reopened = await Store.open({ dataDir: dir, durable: false });
    expect(reopened.scope("000000000000", "us-east-1").table<{ v: string }>("t").list("g")).toEqual([{ v: "a2" }]);
    await reopened.close();
  });
});

describe("Store.allScopes", () => {
  it("shares one array between calls until a scope is added", async () => {
    const store = await Store.open();
    const east = store.scope("000000000000", "us-east-1");
    const first = store.allScopes();
    expect(first).toEqual([east]);
    expect(store.allScopes()).toBe(first);
    store.scope("000000000000", "us-east-1");
    expect(store.allScopes()).toBe(first);
    const west = store.scope("000000000000", "eu-west-1");
    expect(store.allScopes()).toEqual([east, west]);
    expect(first).toEqual([east]);
  });
});
