import { notFound } from "../../protocol/aws-error";
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
