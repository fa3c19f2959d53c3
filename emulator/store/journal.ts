import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";

/** One change to one entity: a put (value present) or a delete (value absent). */
export interface ChangeRecord {
  /** scope: "<accountId>/<region>" */
  s: string;
  /** table */
  t: string;
  /** group inside the table (a REST API id, or "" for account-level tables) */
  g: string;
  /** key inside the group; absent when a whole group is deleted */
  k?: string;
  v?: unknown;
}

export type SnapshotData = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

const SNAPSHOT = "snapshot.json";
const JOURNAL = "journal.ndjson";
const COMPACT_AFTER_BYTES = 16 * 1024 * 1024;

/**
 * Durable storage as a snapshot plus an append-only journal of changes.
 * A change is acknowledged only after its journal line is written and fdatasync'd; compaction writes a
 * new snapshot to a temporary file, fsyncs it and renames it over the old one before truncating the
 * journal, so a kill -9 at any moment leaves either the old or the new snapshot plus a replayable journal.
 * Replaying a change twice is harmless (puts and deletes carry whole values), and a torn last line is dropped.
 */
export class Journal {
  private handle: FileHandle | undefined;
  private pending: string[] = [];
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private flushing: Promise<void> | undefined;
  private bytes = 0;

  private constructor(
    private readonly dir: string,
    private readonly snapshotOf: () => SnapshotData,
    private readonly durable: boolean,
  ) {}

  /** Loads what is on disk and returns it as ordered changes over the snapshot. */
  static async open(
    dir: string,
    snapshotOf: () => SnapshotData,
    options: { durable?: boolean } = {},
  ): Promise<{ journal: Journal; snapshot: SnapshotData; changes: ChangeRecord[] }> {
    mkdirSync(dir, { recursive: true });
    const journal = new Journal(dir, snapshotOf, options.durable ?? true);
    const snapshotPath = join(dir, SNAPSHOT);
    const snapshot = existsSync(snapshotPath) ? (JSON.parse(readFileSync(snapshotPath, "utf8")) as SnapshotData) : {};
    const journalPath = join(dir, JOURNAL);
    const changes = existsSync(journalPath) ? parseJournal(readFileSync(journalPath, "utf8")) : [];
    journal.handle = await open(journalPath, "a");
    journal.bytes = (await journal.handle.stat()).size;
    return { journal, snapshot, changes };
  }

  /** Resolves once the changes are on disk. */
  append(changes: readonly ChangeRecord[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    for (const change of changes) this.pending.push(JSON.stringify(change));
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushing) this.flushing = this.flushLoop();
    return done;
  }

  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const lines = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        const text = lines.join("\n") + "\n";
        await this.handle!.write(text);
        if (this.durable) await this.handle!.datasync();
        this.bytes += Buffer.byteLength(text);
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
      if (this.bytes > COMPACT_AFTER_BYTES) await this.compact();
    }
    this.flushing = undefined;
  }

  /** Writes the whole state as a new snapshot and starts an empty journal. */
  async compact(): Promise<void> {
    const tmp = join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, JSON.stringify(this.snapshotOf()));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(this.dir, SNAPSHOT));
    syncDirectory(this.dir);
    await this.handle!.truncate(0);
    if (this.durable) await this.handle!.sync();
    this.bytes = 0;
  }

  async close(): Promise<void> {
    if (this.flushing) await this.flushing;
    await this.compact();
    await this.handle?.close();
    this.handle = undefined;
  }
}

function parseJournal(text: string): ChangeRecord[] {
  const lines = text.split("\n");
  const changes: ChangeRecord[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    try {
      changes.push(JSON.parse(line) as ChangeRecord);
    } catch (error) {
      // Only the last line can be torn by a crash mid-write; anything else is real corruption.
      if (lines.slice(index + 1).some((rest) => rest !== "")) throw error;
    }
  }
  return changes;
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } catch {
    // Some filesystems refuse fsync on directories; the rename is still atomic there.
  } finally {
    closeSync(fd);
  }
}

// Re-exported for tests that inspect the files.
export const journalFiles = { snapshot: SNAPSHOT, journal: JOURNAL };
