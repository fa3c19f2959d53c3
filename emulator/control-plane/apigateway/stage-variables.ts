// Stage variables and canary overrides: AWS's name and value rules and its 100-per-stage quota.
import { badRequest, limitExceeded } from "../../protocol/aws-error";

export const MAX_STAGE_VARIABLES = 100;
const namePattern = /^[A-Za-z0-9_]{1,64}$/;
const valuePattern = /^[A-Za-z0-9\-._~:/?#&=,]{1,512}$/;

export function checkStageVariable(name: string, value: string): void {
  if (!namePattern.test(name)) {
    throw badRequest(`Stage variable name ${name} must be 1 to 64 characters of alphanumerics and underscores`);
  }
  if (!valuePattern.test(value)) {
    throw badRequest(`Stage variable value ${value} must be 1 to 512 characters matching [A-Za-z0-9-._~:/?#&=,]+`);
  }
}

/** Checks a whole map as CreateStage / CreateDeployment receive it. */
export function checkStageVariables(variables: Record<string, string> | undefined): void {
  if (!variables) return;
  const entries = Object.entries(variables);
  if (entries.length > MAX_STAGE_VARIABLES) {
    throw limitExceeded(`A stage can have at most ${MAX_STAGE_VARIABLES} stage variables`);
  }
  for (const [name, value] of entries) checkStageVariable(name, value);
}

/** Sets one variable in a copy of the map; undefined when the map ends up empty (AWS leaves it out). */
export function withVariable(variables: Record<string, string> | undefined, name: string, value: string | undefined): Record<string, string> | undefined {
  const next = { ...variables };
  if (value === undefined) delete next[name];
  else {
    checkStageVariable(name, value);
    next[name] = value;
  }
  if (Object.keys(next).length > MAX_STAGE_VARIABLES) {
    throw limitExceeded(`A stage can have at most ${MAX_STAGE_VARIABLES} stage variables`);
  }
  return Object.keys(next).length > 0 ? next : undefined;
}
