// A stage's per-method settings ("~1pets~1{petId}/GET" entries) joined with the API's methods, so each override
// is shown by its path and verb and linked to the method it applies to.
import { compareHttpMethods, type ApiResource } from "./api-resource";
import { methodSettingTargetOf } from "./method-settings-patch";
import type { MethodSettingValues } from "./stage-settings";

/** One method of the API as the throttling and caching tabs pick it. */
export type StageMethod = { resourceId: string; resourcePath: string; httpMethod: string; apiKeyRequired: boolean; cacheKeyParameters: string[] };

/** One per-method entry of the stage's method settings. */
export type MethodOverride = { key: string; resourcePath: string; httpMethod: string; values: MethodSettingValues; method: StageMethod | null };

/** Every method of the API, sorted by path then verb. */
export function stageMethodsOf(resources: ApiResource[]): StageMethod[] {
  return resources
    .flatMap((resource) =>
      resource.methods.map((method) => ({
        resourceId: resource.id,
        resourcePath: resource.path,
        httpMethod: method.httpMethod,
        apiKeyRequired: method.apiKeyRequired,
        cacheKeyParameters: method.cacheKeyParameters ?? [],
      })),
    )
    .sort((a, b) => a.resourcePath.localeCompare(b.resourcePath) || compareHttpMethods(a.httpMethod, b.httpMethod));
}

/** The stage's per-method entries with their method (null when the working copy no longer has it), sorted by path. */
export function methodOverrides(methodSettings: Record<string, MethodSettingValues>, methods: StageMethod[]): MethodOverride[] {
  return Object.entries(methodSettings)
    .flatMap(([key, values]) => {
      const parsed = methodSettingTargetOf(key);
      if (!parsed || parsed === "*/*") return [];
      const method = methods.find((candidate) => candidate.resourcePath === parsed.resourcePath && candidate.httpMethod === parsed.httpMethod) ?? null;
      return [{ key, ...parsed, values, method }];
    })
    .sort((a, b) => a.resourcePath.localeCompare(b.resourcePath) || compareHttpMethods(a.httpMethod, b.httpMethod));
}

/** "/pets/{petId} GET" */
export const methodLabel = (method: { resourcePath: string; httpMethod: string }) => `${method.httpMethod} ${method.resourcePath}`;
