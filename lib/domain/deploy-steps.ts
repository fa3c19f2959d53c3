// A deploy's steps and how its outcome is told: what was done, what was not, and what a retry would do.

export type DeployStepName = "create-deployment" | "point-stage" | "verify";
export type DeployStepStatus = "done" | "failed" | "not-run";

export interface DeployStep {
  name: DeployStepName;
  status: DeployStepStatus;
  /** What happened: the deployment id made, the stage pointed, or the failure's message. */
  detail: string | null;
}

export interface DeployOutcome {
  status: "deployed" | "partial" | "failed";
  steps: DeployStep[];
  /** The deployment made (or reused on a retry); null when none was made. */
  deploymentId: string | null;
  stageName: string;
  /** The deployment the stage served before, so a partial outcome can say it still does. */
  previousDeploymentId: string | null;
  summary: string;
}

export const deployStepLabels: Record<DeployStepName, string> = {
  "create-deployment": "Create deployment",
  "point-stage": "Point the stage at it",
  verify: "Verify the stage serves it",
};

const served = (stage: string, deploymentId: string | null) => (deploymentId ? `Stage ${stage} still serves deployment ${deploymentId}.` : `Stage ${stage} was not created.`);

/** One sentence set a person can act on: exactly what was applied and what was not. */
export function deployOutcome(stageName: string, previousDeploymentId: string | null, steps: DeployStep[], deploymentId: string | null): DeployOutcome {
  const failed = steps.find((step) => step.status === "failed");
  const base = { steps, deploymentId, stageName, previousDeploymentId };
  if (!failed) return { ...base, status: "deployed", summary: `Stage ${stageName} now serves deployment ${deploymentId}.` };
  if (failed.name === "create-deployment") {
    return { ...base, status: "failed", summary: `Nothing was changed: creating the deployment failed (${failed.detail}). ${served(stageName, previousDeploymentId)}` };
  }
  if (failed.name === "point-stage") {
    return {
      ...base,
      status: "partial",
      summary: `Deployment ${deploymentId} was created, but pointing stage ${stageName} at it failed (${failed.detail}). ${served(stageName, previousDeploymentId)} Retry to point the stage at deployment ${deploymentId}.`,
    };
  }
  return {
    ...base,
    status: "partial",
    summary: `Deployment ${deploymentId} was created and stage ${stageName} was pointed at it, but reading the stage back failed (${failed.detail}). Retry to check which deployment it serves.`,
  };
}
