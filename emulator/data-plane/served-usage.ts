import type { ScopeState } from "../store/store";
import { recordUsage } from "../control-plane/apigateway/usage";

interface UsageCount {
  readonly planId: string;
  readonly keyId: string;
  readonly day: string;
  count: number;
}

/**
 * Requests served under a usage plan's API key, counted in memory until the next write to the store. The quota
 * check subtracts them from what the store says remains, so a key never gets more than its quota while they wait.
 */
export class ServedUsage {
  private pending = new Map<ScopeState, Map<string, UsageCount>>();

  get isEmpty(): boolean {
    return this.pending.size === 0;
  }

  add(state: ScopeState, planId: string, keyId: string, day: string): void {
    let counts = this.pending.get(state);
    if (!counts) this.pending.set(state, (counts = new Map()));
    const key = usageKey(planId, keyId, day);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { planId, keyId, day, count: 1 });
  }

  /** Requests counted for the key on `day` and not written yet. */
  unwritten(state: ScopeState, planId: string, keyId: string, day: string): number {
    return this.pending.get(state)?.get(usageKey(planId, keyId, day))?.count ?? 0;
  }

  /** Writes the counts into the usage records and starts afresh. Call inside a transaction. */
  write(): void {
    const pending = this.pending;
    this.pending = new Map();
    for (const [state, counts] of pending) {
      for (const { planId, keyId, day, count } of counts.values()) recordUsage({ state }, planId, keyId, day, count);
    }
  }
}

const usageKey = (planId: string, keyId: string, day: string) => `${planId}\u0000${keyId}\u0000${day}`;
