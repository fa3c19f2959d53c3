import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, truncateSync, writeFileSync } from "node:fs";
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
 * Durable storage as a snapshot plus an append-only journal with one line per transaction.
 * A transaction is acknowledged only after its journal line is written and fdatasync'd; a kill -9 mid-write
 * can only tear the last line, which is dropped whole (and cut off the file, so the next append starts on a
 * fresh line), so a transaction is on disk entirely or not at all.
 * Compaction happens only when nothing is waiting to be written, so the snapshot holds exactly what the
 * journal holds: it is written to a temporary file, fsynced and renamed over the old one before the journal
 * is truncated, and replaying the old journal over the new snapshot (after a crash between the two) is harmless
 * because puts and deletes carry whole values.
 */
export class Journal {
  private handle: FileHandle | undefined;
  private pending: string[] = [];
  private waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  private flushing: Promise<void> | undefined;
  /** Settles when everything appended so far is on disk (or failed to get there). */
  private lastAppend: Promise<void> = Promise.resolve();
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
    const { changes, validBytes } = existsSync(journalPath) ? readJournal(journalPath) : { changes: [], validBytes: 0 };
    journal.handle = await open(journalPath, "a");
    if ((await journal.handle.stat()).size > validBytes) {
      truncateSync(journalPath, validBytes);
      await journal.handle.sync();
    }
    journal.bytes = validBytes;
    return { journal, snapshot, changes };
  }

  /** Resolves once the changes are on disk. */
  append(changes: readonly ChangeRecord[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    this.pending.push(JSON.stringify(changes));
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    this.lastAppend = done.catch(() => undefined);
    if (!this.flushing) this.flushing = this.flushLoop();
    return done;
  }

  /**
   * Resolves once every change appended so far is on disk. A read that saw a change must not be answered
   * before that change is durable, or a crash could take back what a client was already shown.
   */
  settled(): Promise<void> {
    return this.lastAppend;
  }

  /** Group commit: every change appended while a write is in progress goes out in the next single write. */
  private async flushLoop(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const lines = this.pending;
        const waiters = this.waiters;
        this.pending = [];
        this.waiters = [];
        try {
          await this.write(lines.join("\n") + "\n");
          for (const waiter of waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
        // Only when nothing is pending does memory equal what the journal holds; under load, wait for a lull.
        if (this.bytes > COMPACT_AFTER_BYTES && this.pending.length === 0) await this.compact().catch(() => undefined);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async write(text: string): Promise<void> {
    if (!this.handle) throw new Error("The sandbox journal is closed.");
    try {
      await this.handle.appendFile(text);
      if (this.durable) await this.handle.datasync();
      this.bytes += Buffer.byteLength(text);
    } catch (error) {
      // Cut a partial write off, so the next line starts on a line of its own.
      await this.handle.truncate(this.bytes).catch(() => undefined);
      throw error;
    }
  }

  /** Writes the whole state as a new snapshot and starts an empty journal. */
  async compact(): Promise<void> {
    const tmp = join(this.dir, `${SNAPSHOT}.tmp`);
    const fd = openSync(tmp, "w");
    try {
      writeFileSync(fd, JSON.stringify(this.snapshotOf()));
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
    while (this.flushing) await this.flushing;
    if (!this.handle) return;
    await this.compact();
    await this.handle.close();
    this.handle = undefined;
  }
}

/**
 * Reads the complete lines of the journal. A crash mid-write can only leave the last line torn (without its
 * newline); it was never acknowledged, so it is dropped. A broken line before the end is real corruption.
 */
function readJournal(path: string): { changes: ChangeRecord[]; validBytes: number } {
  const buffer = readFileSync(path);
  const end = buffer.lastIndexOf(0x0a) + 1;
  const lines = buffer.subarray(0, end).toString("utf8").split("\n");
  const changes: ChangeRecord[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "") continue;
    try {
      const parsed = JSON.parse(line) as ChangeRecord[] | ChangeRecord;
      // A line is one transaction; early journals held one change a line.
      if (Array.isArray(parsed)) changes.push(...parsed);
      else changes.push(parsed);
    } catch (error) {
      throw new Error(`${path} is corrupt at line ${index + 1} (${(error as Error).message}); move it away to start from the snapshot alone`);
    }
  }
  return { changes, validBytes: end };
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
