import type { SandboxConfig } from "../config";
import { LocalLambdas } from "./local-lambdas";
import { DeadlineWatch } from "./deadline-watch";
import type { InvocationResponse } from "./invocation-context";
import { TtlCache } from "./ttl-cache";
import { StageDeployments } from "./deployment-cache";
import { StageTargets } from "./stage-targets";
import { ThrottleBuckets } from "./throttle-limits";
import { ServedCounters } from "./served-counters";
import type { Store } from "../store/store";

/**
 * What the data plane keeps between requests, in memory: token buckets, stage and authorizer caches, what each deployment compiles,
 * and the locally registered Lambda functions. One per running sandbox.
 */
export class DataPlaneRuntime {
  constructor(private readonly config: SandboxConfig) {}

  /** The sandbox's quotas as they are now (they can be changed at run time). */
  get quotas(): SandboxConfig["quotas"] {
    return this.config.quotas;
  }

  readonly buckets = new ThrottleBuckets();
  /** Timeouts of in-flight invocations, swept by one timer. */
  readonly deadlines = new DeadlineWatch();
  readonly lambdas = new LocalLambdas(this.deadlines);
  /** Authorizer outputs by stage, authorizer and identity (authorizerResultTtlInSeconds). */
  readonly authorizerResults = new TtlCache<unknown>();
  private readonly caches = new Map<string, TtlCache<InvocationResponse>>();
  /** What each stage's deployment builds once (routes, templates, validators, method settings). */
  readonly deployments = new StageDeployments();
  /** Each served stage's target, built once per version of its stored API, stage and deployments. */
  readonly stages = new StageTargets(this.deployments);
  private counters: ServedCounters | undefined;

  /** Metrics and API key usage of served requests, written to `store` off the request path. */
  served(store: Store, now: () => number): ServedCounters {
    return (this.counters ??= new ServedCounters(store, now));
  }

  /** Requests counted against an API key on `day` that the store does not hold yet. */
  unwrittenUsage(...args: Parameters<ServedCounters["usage"]["unwritten"]>): number {
    return this.counters?.usage.unwritten(...args) ?? 0;
  }

  cacheFor(stageKey: string): TtlCache<InvocationResponse> {
    let cache = this.caches.get(stageKey);
    if (!cache) {
      cache = new TtlCache<InvocationResponse>();
      this.caches.set(stageKey, cache);
    }
    return cache;
  }
}

// Keyed by the sandbox's config object, which the HTTP server, the admin endpoint and every operation
// context share: the one handle all three see, so the runtime is per sandbox without a global.
const runtimes = new WeakMap<SandboxConfig, DataPlaneRuntime>();

export function runtimeFor(config: SandboxConfig): DataPlaneRuntime {
  let runtime = runtimes.get(config);
  if (!runtime) {
    runtime = new DataPlaneRuntime(config);
    runtimes.set(config, runtime);
  }
  return runtime;
}
