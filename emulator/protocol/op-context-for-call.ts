import type { ServiceCall, ServiceDeps } from "./service-call";
import type { OpContext } from "../control-plane/op-context";

/** The control-plane context for one call: the caller's account and region state, its request id, and the clock read once. */
export function opContextForCall(call: ServiceCall, deps: ServiceDeps): OpContext {
  return {
    state: deps.store.scope(call.caller.accountId, call.caller.region),
    accountId: call.caller.accountId,
    region: call.caller.region,
    requestId: call.requestId,
    now: deps.now(),
    config: deps.config,
  };
}
