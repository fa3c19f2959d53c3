import type { OpContext } from "../op-context";
import { newId } from "../ids";
import { tables } from "./tables";
import type { Authorizer, GatewayResponse, Model, RequestValidator } from "./types";

/**
 * cloneFrom copies an API's design, not only its resources. Cloned methods keep naming the same
 * validator and authorizer ids (unique per API only), so those rows keep their ids; models are named
 * by name and get fresh ids.
 */
export function cloneApiDesign(ctx: OpContext, sourceApiId: string, targetApiId: string): void {
  const models = ctx.state.table<Model>(tables.models);
  for (const model of models.list(sourceApiId)) models.put(targetApiId, model.name, { ...model, id: newId(6) });
  const validators = ctx.state.table<RequestValidator>(tables.requestValidators);
  for (const validator of validators.list(sourceApiId)) validators.put(targetApiId, validator.id, validator);
  const authorizers = ctx.state.table<Authorizer>(tables.authorizers);
  for (const authorizer of authorizers.list(sourceApiId)) authorizers.put(targetApiId, authorizer.id, authorizer);
  const responses = ctx.state.table<GatewayResponse>(tables.gatewayResponses);
  for (const response of responses.list(sourceApiId)) responses.put(targetApiId, response.responseType, response);
}
