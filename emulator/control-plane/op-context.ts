import type { ScopeState } from "../store/store";
import type { SandboxConfig } from "../config";

/** What every control-plane operation gets: the caller's state and the clock. Nothing else. */
export interface OpContext {
  readonly state: ScopeState;
  readonly accountId: string;
  readonly region: string;
  readonly requestId: string;
  /** Milliseconds since the epoch; injected so operations stay pure and testable. */
  readonly now: number;
  readonly config: SandboxConfig;
}

/** API Gateway timestamps are epoch seconds on the wire. */
export const epochSeconds = (ms: number): number => Math.floor(ms / 1000);
