import type { OpContext } from "../op-context";
import { tables } from "./tables";
import type { Method, Resource } from "./types";

export interface MethodReference {
  readonly resource: Resource;
  readonly method: Method;
}

/** Every method of an API with its resource, for "is it still in use?" checks before deletes. */
export function methodsOf(ctx: OpContext, restApiId: string): MethodReference[] {
  return ctx.state
    .table<Resource>(tables.resources)
    .list(restApiId)
    .flatMap((resource) => Object.values(resource.resourceMethods ?? {}).map((method) => ({ resource, method })));
}
