import type { OpContext } from "../op-context";
import { tables } from "./tables";

// Stages are another area's entities; API keys, usage plans and base path mappings only need to know
// that one exists, so they read tables.stages through the table API and nothing else.

export function stageExists(ctx: OpContext, restApiId: string, stageName: string): boolean {
  return ctx.state.table<unknown>(tables.stages).has(restApiId, stageName);
}

export function restApiExists(ctx: OpContext, restApiId: string): boolean {
  return ctx.state.table<unknown>(tables.restApis).has("", restApiId);
}
