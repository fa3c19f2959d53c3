import { Journal, type ChangeRecord, type SnapshotData } from "./journal";
import { Table, deleteEntry, setEntry, type TableData } from "./table";

interface Recorder {
  record(change: Omit<ChangeRecord, "s">, undo: () => void, scope: string): void;
}

/** The state of one account in one region. */
export class ScopeState {
  private readonly tables = new Map<string, TableData>();

  constructor(
    readonly accountId: string,
    readonly region: string,
    private readonly recorder: Recorder,
  ) {}

  get key(): string {
    return `${this.accountId}/${this.region}`;
  }

  /** One view per table, made on first use: the data plane asks for a few tables on every request. */
  private readonly views = new Map<string, Table<unknown>>();

  table<T>(name: string): Table<T> {
    let view = this.views.get(name);
    if (!view) this.views.set(name, (view = new Table<unknown>(this, name, this.dataOf(name))));
    return view as Table<T>;
  }

  /** A table's data, made empty on first use; never replaced, so a view made once stays true. */
  private dataOf(name: string): TableData {
    let data = this.tables.get(name);
    if (!data) this.tables.set(name, (data = new Map()));
    return data;
  }

  /** Writes to this scope so far, undone ones too: a reader that saw the same count saw the same records. */
  private writes = 0;

  get version(): number {
    return this.writes;
  }

  record(change: Omit<ChangeRecord, "s">, undo: () => void): void {
    this.writes++;
    this.recorder.record(change, undo, this.key);
  }

  /** Applies a change read back from disk, without recording it again. */
  replay(change: ChangeRecord): void {
    this.writes++;
    const data = this.dataOf(change.t);
    if (change.k === undefined) {
      data.delete(change.g);
      return;
    }
    let entries = data.get(change.g);
    if (!entries) {
      entries = new Map();
      data.set(change.g, entries);
    }
    if ("v" in change) setEntry(entries, change.k, Object.freeze(change.v));
    else deleteEntry(entries, change.k);
  }

  toJSON(): Record<string, Record<string, Record<string, unknown>>> {
    const out: Record<string, Record<string, Record<string, unknown>>> = {};
    for (const [name, data] of this.tables) {
      const table: Record<string, Record<string, unknown>> = {};
      for (const [group, entries] of data) if (entries.size > 0) table[group] = Object.fromEntries(entries);
      out[name] = table;
    }
    return out;
  }
}

export interface StoreOptions {
  /** Folder for the snapshot and journal; absent means in memory only. */
  dataDir?: string;
  /** fdatasync each acknowledged change (default true); tests of throughput may turn it off. */
  durable?: boolean;
}

/**
 * All sandbox state, per account and region. Operations run inside `transaction`, which records every
 * write; if the operation throws, its writes are undone, so a failed call never leaves half a change.
 * `commit` resolves when the transaction's changes are durable.
 */
export class Store implements Recorder {
  private readonly scopes = new Map<string, ScopeState>();
  private scopeList: readonly ScopeState[] | undefined;
  private changes: ChangeRecord[] | undefined;
  private undo: Array<() => void> | undefined;
  private journal: Journal | undefined;
  private readonly deferred: Array<() => void> = [];

  static async open(options: StoreOptions = {}): Promise<Store> {
    const store = new Store();
    if (options.dataDir) {
      const opened = await Journal.open(options.dataDir, () => store.snapshot(), { durable: options.durable });
      store.load(opened.snapshot, opened.changes);
      store.journal = opened.journal;
    }
    return store;
  }

  scope(accountId: string, region: string): ScopeState {
    const key = `${accountId}/${region}`;
    let scope = this.scopes.get(key);
    if (!scope) {
      scope = new ScopeState(accountId, region, this);
      this.scopes.set(key, scope);
      this.scopeList = undefined;
    }
    return scope;
  }

  /** Every scope, as one array shared until a scope is added (the data plane searches it on every request). */
  allScopes(): readonly ScopeState[] {
    return (this.scopeList ??= Object.freeze([...this.scopes.values()]));
  }

  record(change: Omit<ChangeRecord, "s">, undo: () => void, scope: string): void {
    if (!this.changes || !this.undo) throw new Error("Sandbox state was written outside a transaction.");
    this.changes.push({ s: scope, ...change });
    this.undo.push(undo);
  }

  /**
   * Runs an operation atomically and resolves with its result once its changes are durable. A read, or a
   * failure, also waits for the changes it may have seen, so no client is shown state a crash could take back.
   */
  async run<R>(operation: () => R): Promise<R> {
    // The operation's own commit (or settled()) comes after this one in the journal, so it waits for it too.
    this.writeDeferred().catch(() => undefined);
    let outcome: { result: R; changes: ChangeRecord[] };
    try {
      outcome = this.transaction(operation);
    } catch (error) {
      await this.journal?.settled();
      throw error;
    }
    if (this.journal) await (outcome.changes.length > 0 ? this.journal.append(outcome.changes) : this.journal.settled());
    return outcome.result;
  }

  /**
   * Registers writes kept in memory for a while (what the data plane counts per request: metrics, API key
   * usage). They are written before every operation, so no operation reads around them, and on close.
   */
  deferWrites(write: () => void): void {
    this.deferred.push(write);
  }

  /** Writes what was deferred, in a transaction of its own; resolves once it is durable. */
  writeDeferred(): Promise<void> {
    if (this.deferred.length === 0) return Promise.resolve();
    const { changes } = this.transaction(() => {
      for (const write of this.deferred) write();
    });
    return this.journal?.append(changes) ?? Promise.resolve();
  }

  transaction<R>(operation: () => R): { result: R; changes: ChangeRecord[] } {
    if (this.changes) throw new Error("Transactions do not nest.");
    this.changes = [];
    this.undo = [];
    try {
      const result = operation();
      return { result, changes: this.changes };
    } catch (error) {
      for (const undo of this.undo.reverse()) undo();
      throw error;
    } finally {
      this.changes = undefined;
      this.undo = undefined;
    }
  }

  snapshot(): SnapshotData {
    const out: SnapshotData = {};
    for (const [key, scope] of this.scopes) out[key] = scope.toJSON();
    return out;
  }

  async close(): Promise<void> {
    await this.writeDeferred();
    await this.journal?.close();
    this.journal = undefined;
  }

  private load(snapshot: SnapshotData, changes: ChangeRecord[]): void {
    for (const [key, tables] of Object.entries(snapshot)) {
      const scope = this.scopeFromKey(key);
      for (const [table, groups] of Object.entries(tables)) {
        for (const [group, entries] of Object.entries(groups)) {
          for (const [entryKey, value] of Object.entries(entries)) scope.replay({ s: key, t: table, g: group, k: entryKey, v: value });
        }
      }
    }
    for (const change of changes) this.scopeFromKey(change.s).replay(change);
  }

  private scopeFromKey(key: string): ScopeState {
    const [accountId = "", region = ""] = key.split("/");
    return this.scope(accountId, region);
  }
}
