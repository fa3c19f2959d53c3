import { badRequest, notFound } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import type { StoredDeployment } from "./stage-types";

export function findDeployment(ctx: OpContext, restApiId: string, deploymentId: string): StoredDeployment | undefined {
  return ctx.state.table<StoredDeployment>(tables.deployments).get(restApiId, deploymentId);
}

export function requireDeployment(ctx: OpContext, restApiId: string, deploymentId: string): StoredDeployment {
  requireRestApi(ctx, restApiId);
  const deployment = ctx.state.table<StoredDeployment>(tables.deployments).get(restApiId, deploymentId);
  if (!deployment) throw notFound("Invalid Deployment identifier specified");
  return deployment;
}

/**
 * A deployment a stage is pointed at by UpdateStage (/deploymentId, /canarySettings/deploymentId) or by CreateStage's
 * canarySettings: AWS answers an unknown one with a 400, not the lookup's 404 (recorded for /canarySettings/deploymentId,
 * test_apigateway_canary.py::test_update_stage_canary_deployment_validation; LocalStack answers the other two alike,
 * UNCONFIRMED against AWS).
 */
export function requirePointedDeployment(ctx: OpContext, restApiId: string, deploymentId: string | undefined): string {
  if (deploymentId === undefined || !findDeployment(ctx, restApiId, deploymentId)) throw badRequest("Deployment id does not exist");
  return deploymentId;
}
