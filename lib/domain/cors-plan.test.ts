import { describe, expect, it } from "vitest";
import type { ApiDesignSnapshot, MethodSnapshot } from "./api-design";
import { planCors } from "./cors-plan";
import { planCorsRemoval } from "./cors-removal";
import type { CorsSettings } from "./cors-settings";
import type { ApiGatewayCall, Plan } from "./plan";

const settings = (overrides: Partial<CorsSettings> = {}): CorsSettings => ({
  origins: ["https://app.example.com"],
  allowMethods: ["GET", "POST"],
  allowHeaders: ["Content-Type", "Authorization"],
  exposeHeaders: [],
  allowCredentials: false,
  maxAgeSeconds: 600,
  ...overrides,
});

const method = (httpMethod: string, integrationType: string, extra: Partial<MethodSnapshot> = {}): MethodSnapshot => ({
  httpMethod,
  authorizationType: "NONE",
  authorizerId: null,
  requestValidatorId: null,
  requestModels: {},
  integrationType,
  methodResponses: { "200": { responseParameters: {} } },
  integrationResponses: { "200": { responseParameters: {}, responseTemplates: {} } },
  responseModels: {},
  ...extra,
});

const api = (methods: MethodSnapshot[]): ApiDesignSnapshot => ({
  restApiId: "api1",
  resources: [{ id: "res1", path: "/pets", methods }],
  gatewayResponses: [],
});

/** Applies a plan's calls to a snapshot the way API Gateway would, so a second plan can be checked for update in place. */
function apply(snapshot: ApiDesignSnapshot, plan: Plan): ApiDesignSnapshot {
  const next: ApiDesignSnapshot = structuredClone(snapshot);
  for (const { call } of plan.steps) applyCall(next, call);
  return next;
}

function applyCall(snapshot: ApiDesignSnapshot, call: ApiGatewayCall) {
  if (call.operation === "PutGatewayResponse") {
    const { responseType, statusCode, responseParameters, responseTemplates } = call.input;
    snapshot.gatewayResponses = [...snapshot.gatewayResponses.filter((r) => r.responseType !== responseType), { responseType, statusCode: statusCode ?? null, responseParameters, responseTemplates, isDefault: false }];
    return;
  }
  if (call.operation === "DeleteGatewayResponse") {
    snapshot.gatewayResponses = snapshot.gatewayResponses.filter((r) => r.responseType !== call.input.responseType);
    return;
  }
  if (!("resourceId" in call.input)) throw new Error(`The CORS plan never sends ${call.operation}`);
  const input = call.input;
  const resource = snapshot.resources.find((r) => r.id === input.resourceId)!;
  const find = () => resource.methods.find((m) => m.httpMethod === input.httpMethod)!;
  switch (call.operation) {
    case "PutMethod":
      resource.methods.push({ ...method(call.input.httpMethod, ""), integrationType: null, methodResponses: {}, integrationResponses: {} });
      break;
    case "PutIntegration":
      find().integrationType = call.input.type;
      break;
    case "DeleteMethod":
      resource.methods = resource.methods.filter((m) => m.httpMethod !== call.input.httpMethod);
      break;
    case "PutMethodResponse":
      find().methodResponses[call.input.statusCode] = { responseParameters: call.input.responseParameters };
      break;
    case "PutIntegrationResponse":
      find().integrationResponses[call.input.statusCode] = { responseParameters: call.input.responseParameters, responseTemplates: call.input.responseTemplates };
      break;
    case "UpdateMethodResponse":
    case "UpdateIntegrationResponse": {
      const target = call.operation === "UpdateMethodResponse" ? find().methodResponses[call.input.statusCode]! : find().integrationResponses[call.input.statusCode]!;
      for (const patch of call.input.patchOperations) {
        const [, field, ...rest] = patch.path.split("/");
        const key = rest.join("/").replace(/~1/g, "/");
        const map = (target as Record<string, Record<string, unknown>>)[field!]!;
        if (patch.op === "remove") delete map[key];
        else map[key] = call.operation === "UpdateMethodResponse" ? patch.value === "true" : patch.value;
      }
    }
  }
}

const ok = (result: ReturnType<typeof planCors>) => {
  if (!result.ok) throw new Error(result.refusal.reason);
  return result.plan;
};
const operations = (plan: Plan) => plan.steps.map((step) => step.operation);
const integrationResponse = (snapshot: ApiDesignSnapshot, httpMethod: string) => snapshot.resources[0]!.methods.find((m) => m.httpMethod === httpMethod)!.integrationResponses["200"]!;

describe("planCors", () => {
  it("for one origin creates a MOCK OPTIONS method with static headers and maps Allow-Origin onto GET's 200", () => {
    const before = api([method("GET", "HTTP")]);
    const plan = ok(planCors(before, { kind: "resource", resourceId: "res1" }, settings()));
    expect(operations(plan)).toEqual([
      "PutMethod",
      "PutIntegration",
      "PutMethodResponse",
      "PutIntegrationResponse",
      "UpdateMethodResponse",
      "UpdateIntegrationResponse",
      "PutGatewayResponse",
      "PutGatewayResponse",
    ]);
    const after = apply(before, plan);
    expect(integrationResponse(after, "OPTIONS").responseParameters).toMatchObject({
      "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'",
      "method.response.header.Access-Control-Allow-Methods": "'OPTIONS,GET,POST'",
      "method.response.header.Access-Control-Allow-Headers": "'Content-Type,Authorization'",
      "method.response.header.Access-Control-Max-Age": "'600'",
    });
    expect(integrationResponse(after, "GET").responseParameters).toEqual({ "method.response.header.Access-Control-Allow-Origin": "'https://app.example.com'" });
    expect(after.gatewayResponses.map((r) => r.responseParameters["gatewayresponse.header.Access-Control-Allow-Origin"])).toEqual(["'https://app.example.com'", "'https://app.example.com'"]);
  });

  it("for several origins echoes an allowed Origin from the templates and adds Vary: Origin", () => {
    const before = api([method("GET", "MOCK", { integrationResponses: { "200": { responseParameters: {}, responseTemplates: { "application/json": '{"pets": []}' } } } })]);
    const after = apply(before, ok(planCors(before, { kind: "api" }, settings({ origins: ["https://a.example", "https://b.example"] }))));
    const options = integrationResponse(after, "OPTIONS");
    expect(options.responseParameters["method.response.header.Vary"]).toBe("'Origin'");
    expect(options.responseParameters["method.response.header.Access-Control-Allow-Origin"]).toBeUndefined();
    expect(options.responseTemplates["application/json"]).toContain('$origin == "https://a.example" || $origin == "https://b.example"');
    const get = integrationResponse(after, "GET");
    expect(get.responseTemplates["application/json"]).toContain("#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)");
    expect(get.responseTemplates["application/json"]!.endsWith('{"pets": []}')).toBe(true);
    expect(after.gatewayResponses[0]!.responseParameters["gatewayresponse.header.Access-Control-Allow-Origin"]).toBe("method.request.header.Origin");
  });

  it("refuses a wildcard origin with credentials and says why", () => {
    const result = planCors(api([]), { kind: "api" }, settings({ origins: ["*"], allowCredentials: true }));
    expect(result).toMatchObject({ ok: false, refusal: { field: "allowCredentials" } });
    expect(!result.ok && result.refusal.reason).toMatch(/wildcard .* credentials/);
  });

  it("adds Allow-Credentials for listed origins with credentials", () => {
    const before = api([method("GET", "HTTP")]);
    const after = apply(before, ok(planCors(before, { kind: "api" }, settings({ allowCredentials: true }))));
    expect(integrationResponse(after, "GET").responseParameters["method.response.header.Access-Control-Allow-Credentials"]).toBe("'true'");
  });

  it("for a proxy integration changes nothing on the method and notes the headers the backend must send, with a snippet", () => {
    const plan = ok(planCors(api([method("GET", "AWS_PROXY")]), { kind: "api" }, settings()));
    expect(plan.steps.some((step) => step.call.input && "httpMethod" in step.call.input && step.call.input.httpMethod === "GET")).toBe(false);
    const note = plan.notes.find((n) => n.title.includes("GET /pets"))!;
    expect(note.snippet).toContain('"Access-Control-Allow-Origin": "https://app.example.com"');
  });

  it("plans nothing when run again with the same settings, and only the differences after a change", () => {
    const before = api([method("GET", "HTTP")]);
    const once = apply(before, ok(planCors(before, { kind: "api" }, settings())));
    expect(ok(planCors(once, { kind: "api" }, settings())).steps).toEqual([]);
    const changed = ok(planCors(once, { kind: "api" }, settings({ origins: ["https://new.example.com"] })));
    expect(operations(changed)).toEqual(["UpdateIntegrationResponse", "UpdateIntegrationResponse", "PutGatewayResponse", "PutGatewayResponse"]);
    expect(changed.steps[0]!.call).toMatchObject({ input: { httpMethod: "OPTIONS", patchOperations: [{ op: "replace", path: "/responseParameters/method.response.header.Access-Control-Allow-Origin", value: "'https://new.example.com'" }] } });
  });

  it("after a partial failure plans only what is missing", () => {
    const before = api([method("GET", "HTTP")]);
    const full = ok(planCors(before, { kind: "api" }, settings()));
    const partial = apply(before, { steps: full.steps.slice(0, 2), notes: [] });
    expect(operations(ok(planCors(partial, { kind: "api" }, settings())))).toEqual(full.steps.slice(2).map((step) => step.operation));
  });
});

describe("planCorsRemoval", () => {
  it("removes exactly what CORS added and keeps unrelated headers and templates", () => {
    const get = method("GET", "HTTP", {
      methodResponses: { "200": { responseParameters: { "method.response.header.X-Request-Id": false } } },
      integrationResponses: { "200": { responseParameters: { "method.response.header.X-Request-Id": "integration.response.header.x-id" }, responseTemplates: { "application/json": "$input.json('$')" } } },
    });
    const before: ApiDesignSnapshot = {
      ...api([get]),
      gatewayResponses: [{ responseType: "DEFAULT_4XX", statusCode: null, responseParameters: { "gatewayresponse.header.X-Trace": "'on'" }, responseTemplates: { "application/json": "{}" }, isDefault: false }],
    };
    const withCors = apply(before, ok(planCors(before, { kind: "api" }, settings({ origins: ["https://a.example", "https://b.example"], exposeHeaders: ["X-Request-Id"] }))));
    const removed = apply(withCors, planCorsRemoval(withCors, { kind: "api" }));
    expect(removed.resources[0]!.methods.map((m) => m.httpMethod)).toEqual(["GET"]);
    expect(removed.resources[0]!.methods[0]).toEqual(get);
    expect(removed.gatewayResponses).toEqual(before.gatewayResponses);
    expect(planCorsRemoval(removed, { kind: "api" }).steps).toEqual([]);
  });

  it("leaves an OPTIONS method with its own integration alone", () => {
    const options = method("OPTIONS", "AWS_PROXY");
    const before = api([options]);
    expect(ok(planCors(before, { kind: "resource", resourceId: "res1" }, settings())).steps.every((step) => step.operation === "PutGatewayResponse")).toBe(true);
    expect(planCorsRemoval(before, { kind: "resource", resourceId: "res1" }).steps).toEqual([]);
  });
});
