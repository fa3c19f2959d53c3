import type { ChangeRecord } from "./journal";

/** Where a table's writes are recorded, with how to undo each: its account+region's state. */
export interface ChangeRecorder {
  record(change: Omit<ChangeRecord, "s">, undo: () => void): void;
}

type Group = Map<string, unknown>;
export type TableData = Map<string, Group>;

/**
 * Each group's values as one frozen array, built on the first read after a change and dropped by the next
 * write. Reads of whole groups (GetResources on a 300-resource API) then share one array, whose wire text
 * protocol/rest-json/wire-json.ts keeps as well.
 */
const listed = new WeakMap<Group, readonly unknown[]>();

export function setEntry(entries: Group, key: string, value: unknown): void {
  entries.set(key, value);
  listed.delete(entries);
}

export function deleteEntry(entries: Group, key: string): void {
  entries.delete(key);
  listed.delete(entries);
}

/**
 * One table of one account+region: entities grouped (by REST API id, or "" for account-level
 * tables) and keyed by id, in insertion order. Values are frozen on write: an operation replaces
 * an entity with a new object and never mutates a stored one, which is what keeps deployment
 * snapshots immutable and lets a failed operation be undone.
 */
export class Table<T> {
  constructor(
    private readonly scope: ChangeRecorder,
    private readonly name: string,
    private readonly data: TableData,
  ) {}

  get(group: string, key: string): T | undefined {
    return this.data.get(group)?.get(key) as T | undefined;
  }

  has(group: string, key: string): boolean {
    return this.data.get(group)?.has(key) ?? false;
  }

  /** The group's values in insertion order: a frozen array shared by every reader until the group changes. */
  list(group: string): readonly T[] {
    const entries = this.data.get(group);
    if (!entries) return [];
    let values = listed.get(entries);
    if (!values) {
      values = Object.freeze([...entries.values()]);
      listed.set(entries, values);
    }
    return values as readonly T[];
  }

  count(group: string): number {
    return this.data.get(group)?.size ?? 0;
  }

  groups(): string[] {
    return [...this.data.keys()];
  }

  put(group: string, key: string, value: T): T {
    const frozen = Object.freeze(value);
    let entries = this.data.get(group);
    if (!entries) {
      entries = new Map();
      this.data.set(group, entries);
    }
    const previous = entries.get(key);
    const existed = entries.has(key);
    setEntry(entries, key, frozen);
    this.scope.record({ t: this.name, g: group, k: key, v: frozen }, () => {
      if (existed) setEntry(entries, key, previous);
      else deleteEntry(entries, key);
    });
    return frozen;
  }

  delete(group: string, key: string): boolean {
    const entries = this.data.get(group);
    if (!entries?.has(key)) return false;
    const previous = entries.get(key);
    deleteEntry(entries, key);
    this.scope.record({ t: this.name, g: group, k: key }, () => setEntry(entries, key, previous));
    return true;
  }

  /** Drops a whole group (for example everything that belonged to a deleted REST API). */
  deleteGroup(group: string): void {
    const entries = this.data.get(group);
    if (!entries) return;
    this.data.delete(group);
    this.scope.record({ t: this.name, g: group }, () => this.data.set(group, entries));
  }
}
