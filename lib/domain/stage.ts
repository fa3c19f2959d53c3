// Stages and deployments as the console shows them.
import type { StageBillableSettings } from "./stage-setting-costs";
import type { StageSettings } from "./stage-settings";
import { stageInvokeBase, type InvokeEnvironment } from "./stage-invoke-url";

export interface CanarySummary {
  deploymentId: string | null;
  percentTraffic: number;
  stageVariableOverrides: Record<string, string>;
  useStageCache: boolean;
}

export interface StageSummary {
  stageName: string;
  deploymentId: string | null;
  description: string | null;
  /** ISO 8601 */
  createdDate: string | null;
  /** ISO 8601 */
  lastUpdatedDate: string | null;
  variables: Record<string, string>;
  canary: CanarySummary | null;
  documentationVersion: string | null;
  /** The settings that change the stage's bill (cache, detailed metrics, tracing, logging). */
  billing: StageBillableSettings;
  /** Every setting GetStage returns: method settings, cache cluster, logging, tracing, certificate, WAF, tags. */
  settings: StageSettings;
}

export interface DeploymentSummary {
  id: string;
  description: string | null;
  /** ISO 8601 */
  createdDate: string;
}

/** AWS's stage-name rule: letters, digits, hyphens and underscores, at most 128 characters. */
export const stageNamePattern = /^[A-Za-z0-9_-]{1,128}$/;

/** The URL a client calls for a stage: the sandbox's path-style URL, or AWS's execute-api host. */
export function invokeUrl(env: InvokeEnvironment, restApiId: string, stageName: string): string {
  return `${stageInvokeBase(env, restApiId, stageName)}/`;
}

/** "1 undeployed change", "3 undeployed changes": the badge's exact wording. */
export function undeployedChangesLabel(count: number): string {
  return `${count} undeployed change${count === 1 ? "" : "s"}`;
}
