import type { OpContext } from "../op-context";
import { tables } from "./tables";
import { requireRestApi } from "./rest-apis";
import type { Resource, RestApi } from "./types";

/**
 * Everything a stage serves, frozen: what CreateDeployment stores, what GetExport with a stage name
 * exports and what the data plane runs. Entities are the stored (frozen) wire-shaped objects; since the
 * store never mutates a stored object, a snapshot holding them is immutable by construction.
 */
export interface ApiSnapshot {
  readonly restApi: RestApi;
  readonly resources: readonly Resource[];
  readonly models: readonly Record<string, unknown>[];
  readonly requestValidators: readonly Record<string, unknown>[];
  readonly authorizers: readonly Record<string, unknown>[];
  /** Only the customised gateway responses; defaults are filled in when read. */
  readonly gatewayResponses: readonly Record<string, unknown>[];
}

/** Captures the working copy of an API as it is now. */
export function captureApiSnapshot(ctx: OpContext, restApiId: string): ApiSnapshot {
  const restApi = requireRestApi(ctx, restApiId);
  const list = <T>(table: string) => ctx.state.table<T>(table).list(restApiId);
  return Object.freeze({
    restApi,
    resources: Object.freeze(list<Resource>(tables.resources)),
    models: Object.freeze(list<Record<string, unknown>>(tables.models)),
    requestValidators: Object.freeze(list<Record<string, unknown>>(tables.requestValidators)),
    authorizers: Object.freeze(list<Record<string, unknown>>(tables.authorizers)),
    gatewayResponses: Object.freeze(list<Record<string, unknown>>(tables.gatewayResponses)),
  });
}
