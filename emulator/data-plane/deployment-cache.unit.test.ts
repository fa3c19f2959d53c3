import { describe, expect, it } from "vitest";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import type { Integration, RestApi } from "../control-plane/apigateway/types";
import { DeploymentCache, StageDeployments } from "./deployment-cache";

const snapshot = (extra: Partial<ApiSnapshot> = {}): ApiSnapshot =>
  Object.freeze({
    restApi: { id: "api1", name: "pets" } as RestApi,
    resources: [{ id: "root", path: "/" }, { id: "pets", path: "/pets" }],
    models: [{ name: "Pet", contentType: "application/json", schema: JSON.stringify({ type: "object", required: ["name"] }) }],
    requestValidators: [{ id: "v1", name: "body", validateRequestBody: true }],
    authorizers: [{ id: "a1", name: "tokens", type: "TOKEN" }],
    gatewayResponses: [{ responseType: "DEFAULT_4XX", responseTemplates: { "application/json": '{"oops": "$context.error.message"}' } }],
    ...extra,
  });

const stage = (stageName: string, served: ApiSnapshot, canary = false) => ({ accountId: "000000000000", region: "us-east-1", restApi: served.restApi, stageName, snapshot: served, canary });

describe("StageDeployments", () => {
  it("keeps one cache per stage while it serves the same deployment", () => {
    const deployments = new StageDeployments();
    const served = snapshot();
    expect(deployments.for(stage("prod", served))).toBe(deployments.for(stage("prod", served)));
  });

  it("builds a new cache when a new deployment goes to the stage", () => {
    const deployments = new StageDeployments();
    const first = deployments.for(stage("prod", snapshot()));
    const redeployed = deployments.for(stage("prod", snapshot()));
    expect(redeployed).not.toBe(first);
    expect(deployments.for(stage("prod", redeployed.snapshot))).toBe(redeployed);
  });

  it("never shares a cache across stages, even two serving the same deployment, nor with the stage's canary", () => {
    const deployments = new StageDeployments();
    const served = snapshot();
    const prod = deployments.for(stage("prod", served));
    expect(deployments.for(stage("beta", served))).not.toBe(prod);
    expect(deployments.for(stage("prod", served, true))).not.toBe(prod);
    expect(deployments.for({ ...stage("prod", served), restApi: { ...served.restApi, id: "api2" } })).not.toBe(prod);
  });
});

describe("DeploymentCache", () => {
  it("compiles the routes once", () => {
    const cache = new DeploymentCache(snapshot());
    expect(cache.routes).toBe(cache.routes);
    expect(cache.routes.map((route) => route.resource.path)).toEqual(["/", "/pets"]);
  });

  it("parses each mapping template once and keeps plain text as it is", () => {
    const cache = new DeploymentCache(snapshot());
    expect(cache.template("$context.requestId")).toBe(cache.template("$context.requestId"));
    expect(cache.template('{"statusCode": 200}')).toEqual({ literal: '{"statusCode": 200}' });
  });

  it("compiles a model's validator once, from this deployment's models", () => {
    const cache = new DeploymentCache(snapshot());
    const validate = cache.models.validator("Pet");
    expect(cache.models.validator("Pet")).toBe(validate);
    expect(typeof validate === "function" && validate({})).toBe(false);
    expect(typeof validate === "function" && validate({ name: "Rex" })).toBe(true);
    expect(cache.models.validator("Missing")).toBeInstanceOf(Error);
  });

  it("finds authorizers and validators by id", () => {
    const cache = new DeploymentCache(snapshot());
    expect(cache.authorizer("a1")?.name).toBe("tokens");
    expect(cache.authorizer("nope")).toBeUndefined();
    expect(cache.requestValidator("v1")?.validateRequestBody).toBe(true);
    expect(cache.requestValidator(undefined)).toBeUndefined();
  });

  it("resolves a gateway response once, with the API's DEFAULT_4XX customisation", () => {
    const cache = new DeploymentCache(snapshot());
    const response = cache.gatewayResponse("MISSING_AUTHENTICATION_TOKEN");
    expect(cache.gatewayResponse("MISSING_AUTHENTICATION_TOKEN")).toBe(response);
    expect(response.responseTemplates).toEqual({ "application/json": '{"oops": "$context.error.message"}' });
  });

  it("resolves method settings once, and again when the stage's settings change without a deployment", () => {
    const cache = new DeploymentCache(snapshot());
    const settings = Object.freeze({ "*/*": { metricsEnabled: false }, "~1pets/GET": { metricsEnabled: true } });
    const resolved = cache.methodSetting(settings, "/pets", "GET");
    expect(resolved).toEqual({ metricsEnabled: true });
    expect(cache.methodSetting(settings, "/pets", "GET")).toBe(resolved);
    expect(cache.methodSetting(settings, "/", "GET")).toEqual({ metricsEnabled: false });
    const updated = Object.freeze({ "*/*": { metricsEnabled: true, loggingLevel: "INFO" as const } });
    expect(cache.methodSetting(updated, "/pets", "GET")).toEqual({ metricsEnabled: true, loggingLevel: "INFO" });
  });

  it("compiles a method's integration response selection once per integration", () => {
    const cache = new DeploymentCache(snapshot());
    const integration = Object.freeze({ type: "MOCK", integrationResponses: { "200": { statusCode: "200" }, "404": { statusCode: "404", selectionPattern: "4\\d{2}" } } }) as unknown as Integration;
    const select = cache.responseSelection(integration);
    expect(cache.responseSelection(integration)).toBe(select);
    expect(select(404, undefined)?.statusCode).toBe("404");
    expect(select(200, undefined)?.statusCode).toBe("200");
    const other = Object.freeze({ ...integration, integrationResponses: { "200": { statusCode: "200" } } }) as Integration;
    expect(cache.responseSelection(other)).not.toBe(select);
    expect(cache.responseSelection(other)(404, undefined)?.statusCode).toBe("200");
  });
});
