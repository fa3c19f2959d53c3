import { describe, expect, it } from "vitest";
import type { ApiResource } from "./api-resource";
import { methodOverrides, stageMethodsOf } from "./stage-method-overrides";

const resources: ApiResource[] = [
  { id: "r2", parentId: "r1", path: "/pets", pathPart: "pets", methods: [
    { httpMethod: "POST", authorizationType: "NONE", apiKeyRequired: true, integrationType: "MOCK" },
    { httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, integrationType: "MOCK", cacheKeyParameters: ["method.request.querystring.type"] },
  ] },
  { id: "r1", parentId: null, path: "/", pathPart: null, methods: [{ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false, integrationType: "MOCK" }] },
];

describe("stage method overrides", () => {
  it("lists every method by path then verb with its cache key parameters", () => {
    expect(stageMethodsOf(resources).map((m) => `${m.httpMethod} ${m.resourcePath} [${m.cacheKeyParameters.join(",")}]`)).toEqual([
      "GET / []",
      "GET /pets [method.request.querystring.type]",
      "POST /pets []",
    ]);
  });

  it("joins each per-method entry to its method and keeps entries whose method is gone", () => {
    const settings = { "*/*": { throttlingRateLimit: 10 }, "~1pets/POST": { throttlingRateLimit: 5 }, "~1toys/GET": { cachingEnabled: true } };
    const overrides = methodOverrides(settings, stageMethodsOf(resources));
    expect(overrides.map((o) => [o.key, o.method?.resourceId ?? null])).toEqual([["~1pets/POST", "r2"], ["~1toys/GET", null]]);
  });
});
