import "server-only";
import { createDeployment, createStage, getStage, updateStage } from "@/lib/aws/stages";
import { deployOutcome, type DeployOutcome, type DeployStep } from "@/lib/domain/deploy-steps";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import type { EnvironmentSummary } from "@/lib/environments/environments";

export type DeployRequest = {
  restApiId: string;
  stageName: string;
  description: string;
  /** The stage's deployment before, or null for a new stage. */
  previousDeploymentId: string | null;
  stageExists: boolean;
  /** A retry after a partial deploy reuses the deployment already made. */
  existingDeploymentId?: string;
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : "unexpected error");

/** Create deployment -> point stage -> verify, each retried on throttling; stops at the first step that fails for good. */
export async function runDeploy(env: EnvironmentSummary, request: DeployRequest, requestIds: string[]): Promise<DeployOutcome> {
  const steps: DeployStep[] = [
    { name: "create-deployment", status: "not-run", detail: null },
    { name: "point-stage", status: "not-run", detail: null },
    { name: "verify", status: "not-run", detail: null },
  ];
  let deploymentId = request.existingDeploymentId ?? null;
  const run = async (index: number, work: () => Promise<string>) => {
    try {
      steps[index] = { ...steps[index]!, status: "done", detail: await withTransientRetry(work) };
      return true;
    } catch (error) {
      steps[index] = { ...steps[index]!, status: "failed", detail: messageOf(error) };
      return false;
    }
  };
  const created = await run(0, async () => {
    if (deploymentId) return `Reused deployment ${deploymentId}`;
    const { value, requestId } = await createDeployment(env, request.restApiId, request.description);
    deploymentId = value.id;
    if (requestId) requestIds.push(requestId);
    return `Deployment ${value.id}`;
  });
  const pointed = created && (await run(1, () => pointStage(env, request, deploymentId!, requestIds)));
  if (pointed) {
    await run(2, async () => {
      const stage = await getStage(env, request.restApiId, request.stageName);
      if (stage?.deploymentId !== deploymentId) throw new Error(`stage ${request.stageName} serves ${stage?.deploymentId ?? "nothing"}`);
      return `Stage ${request.stageName} serves ${deploymentId}`;
    });
  }
  return deployOutcome(request.stageName, request.previousDeploymentId, steps, deploymentId);
}

async function pointStage(env: EnvironmentSummary, request: DeployRequest, deploymentId: string, requestIds: string[]): Promise<string> {
  const result = request.stageExists
    ? await updateStage(env, request.restApiId, request.stageName, [{ op: "replace", path: "/deploymentId", value: deploymentId }])
    : await createStage(env, request.restApiId, request.stageName, deploymentId);
  if (result.requestId) requestIds.push(result.requestId);
  return `${request.stageExists ? "Pointed" : "Created"} stage ${request.stageName}`;
}
