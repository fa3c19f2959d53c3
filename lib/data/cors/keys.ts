import type { CorsScope } from "@/lib/domain/cors-headers";
import type { CorsSettings } from "@/lib/domain/cors-settings";

/** CORS keys are rooted at ["cors", envId, restApiId]: applying or removing invalidates every plan of the API. */
export const corsKeys = {
  all: (envId: string, restApiId: string) => ["cors", envId, restApiId] as const,
  plan: (envId: string, restApiId: string, scope: CorsScope, settings: CorsSettings) => ["cors", envId, restApiId, "plan", scope, settings] as const,
  removalPlan: (envId: string, restApiId: string, scope: CorsScope) => ["cors", envId, restApiId, "removal-plan", scope] as const,
  stageNames: (envId: string, restApiId: string) => ["cors", envId, restApiId, "stage-names"] as const,
};
