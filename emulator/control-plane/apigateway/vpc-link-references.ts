// Which deployed stages send traffic through a VPC link. AWS refuses DeleteVpcLink while any does, naming them
// as RESTApiId:Method:Resource:Stage; integrations only in an API's working copy do not count.
import type { OpContext } from "../op-context";
import type { ApiSnapshot } from "./api-snapshot";
import type { StoredDeployment, StoredStage } from "./stage-types";
import { tables } from "./tables";
import type { RestApi } from "./types";

function methodsUsing(snapshot: ApiSnapshot, vpcLinkId: string): string[] {
  const found: string[] = [];
  for (const resource of snapshot.resources) {
    for (const [verb, method] of Object.entries(resource.resourceMethods ?? {})) {
      const integration = method.methodIntegration;
      if (integration?.connectionType === "VPC_LINK" && integration.connectionId === vpcLinkId) found.push(`${verb}:${resource.id}`);
    }
  }
  return found;
}

/** "apiId:METHOD:resourceId:stage" for each deployed method (canary deployments included) using the link. */
export function stageReferencesTo(ctx: OpContext, vpcLinkId: string): string[] {
  const references = new Set<string>();
  const deployments = ctx.state.table<StoredDeployment>(tables.deployments);
  for (const api of ctx.state.table<RestApi>(tables.restApis).list("")) {
    for (const stage of ctx.state.table<StoredStage>(tables.stages).list(api.id)) {
      const deploymentIds = [stage.deploymentId, stage.canarySettings?.deploymentId].filter((id): id is string => id !== undefined);
      for (const deploymentId of deploymentIds) {
        const snapshot = deployments.get(api.id, deploymentId)?.snapshot;
        for (const method of snapshot ? methodsUsing(snapshot, vpcLinkId) : []) references.add(`${api.id}:${method}:${stage.stageName}`);
      }
    }
  }
  return [...references];
}
