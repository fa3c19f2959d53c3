// Advisor snapshot fixtures: a healthy API that no rule fires on, so each test changes only what its rule reads.
import type { SnapshotGatewayResponse, SnapshotIntegration, SnapshotMethod, SnapshotResource } from "../api-snapshot";
import type { StageSummary } from "../stage";
import type { MethodSettingValues, StageSettings } from "../stage-settings";
import type { AdvisorAlarm, AdvisorMethodTraffic, AdvisorSnapshot } from "./types";

export const fixtureApiId = "a1b2c3";
export const fixtureApiName = "pets";

/** An HTTP integration whose host comes from a stage variable and whose 5xx answers are mapped to a 502. */
export function httpIntegration(overrides: Partial<SnapshotIntegration> = {}): SnapshotIntegration {
  return {
    type: "HTTP",
    httpMethod: "GET",
    uri: "https://${stageVariables.backendHost}/pets",
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29_000,
    integrationResponses: {
      "200": { statusCode: "200", selectionPattern: "", responseParameters: {}, responseTemplates: {} },
      "502": { statusCode: "502", selectionPattern: "5\\d{2}", responseParameters: {}, responseTemplates: {} },
    },
    ...overrides,
  };
}

/** A method behind IAM authorization with an HTTP integration; tests change what they need. */
export function securedMethod(httpMethod: string, overrides: Partial<SnapshotMethod> = {}): SnapshotMethod {
  return {
    httpMethod,
    authorizationType: "AWS_IAM",
    apiKeyRequired: false,
    methodResponses: { "200": { statusCode: "200", responseParameters: {}, responseModels: { "application/json": "Empty" } }, "502": { statusCode: "502" } },
    methodIntegration: httpIntegration({ httpMethod }),
    ...overrides,
  };
}

export function resource(id: string, path: string, methods: SnapshotMethod[]): SnapshotResource {
  return { id, path, methods: Object.fromEntries(methods.map((method) => [method.httpMethod, method])) };
}

/** DEFAULT_4XX and DEFAULT_5XX customised to a JSON body, as the safe error preset leaves them. */
export function customisedDefaults(): SnapshotGatewayResponse[] {
  const responseTemplates = { "application/json": '{"message": $context.error.messageString}' };
  return [
    { responseType: "DEFAULT_4XX", responseParameters: {}, responseTemplates },
    { responseType: "DEFAULT_5XX", responseParameters: {}, responseTemplates },
  ];
}

/** Stage settings with everything a protected stage should have: throttling, logging, metrics, tracing, WAF, access logs. */
export function healthyStageSettings(overrides: Partial<StageSettings> = {}, defaults: MethodSettingValues = {}): StageSettings {
  return {
    methodSettings: {
      "*/*": { throttlingRateLimit: 500, throttlingBurstLimit: 1_000, loggingLevel: "ERROR", dataTraceEnabled: false, metricsEnabled: true, cachingEnabled: false, ...defaults },
    },
    cacheCluster: { enabled: false, size: null, status: null },
    tracingEnabled: true,
    clientCertificateId: null,
    webAclArn: "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1234",
    accessLog: { destinationArn: "arn:aws:logs:us-east-1:111122223333:log-group:api-access", format: "$context.requestId" },
    tags: {},
    ...overrides,
  };
}

/** A stage whose billing summary follows its settings. */
export function stage(stageName: string, settings: StageSettings = healthyStageSettings(), variables: Record<string, string> = { backendHost: "backend.example.com" }): StageSummary {
  const defaults = settings.methodSettings["*/*"] ?? {};
  return {
    stageName,
    deploymentId: "dep1",
    description: null,
    createdDate: "2026-11-01T00:00:00.000Z",
    lastUpdatedDate: "2026-11-01T00:00:00.000Z",
    variables,
    canary: null,
    documentationVersion: null,
    billing: {
      cacheSize: settings.cacheCluster.enabled ? (settings.cacheCluster.size as StageSummary["billing"]["cacheSize"]) : null,
      detailedMetrics: defaults.metricsEnabled ?? false,
      tracing: settings.tracingEnabled,
      accessLogging: settings.accessLog !== null,
      executionLogging: defaults.loggingLevel && defaults.loggingLevel !== "OFF" ? defaults.loggingLevel : null,
    },
    settings,
  };
}

/** 5XXError and Latency alarms on one stage of the fixture API. */
export function stageAlarms(stageName: string): AdvisorAlarm[] {
  return ["5XXError", "Latency"].map((metricName) => ({
    alarmName: `${fixtureApiName}-${stageName}-${metricName}`,
    metricName,
    namespace: "AWS/ApiGateway",
    dimensions: { ApiName: fixtureApiName, Stage: stageName },
  }));
}

/** Per-method traffic for the metric rules; integration latency is unremarkable unless a test says otherwise. */
export function methodTraffic(overrides: Partial<AdvisorMethodTraffic> = {}): AdvisorMethodTraffic {
  return {
    stageName: "prod",
    resourcePath: "/pets",
    httpMethod: "GET",
    requests: 1_000,
    cacheHits: 0,
    cacheMisses: 0,
    integrationLatencyP50Ms: 40,
    integrationLatencyP99Ms: 120,
    ...overrides,
  };
}

/**
 * A healthy API no rule fires on: IAM-authorized methods, customised error responses, a protected "prod" stage with
 * throttling, logging, metrics, tracing, WAF and alarms, reached through a TLS 1.2 domain at base path "v1".
 */
export function advisorSnapshot(overrides: Partial<AdvisorSnapshot> = {}): AdvisorSnapshot {
  return {
    environment: { kind: "aws", region: "us-east-1" },
    api: {
      restApi: { id: fixtureApiId, name: fixtureApiName },
      resources: [resource("root", "/", []), resource("res-pets", "/pets", [securedMethod("GET"), securedMethod("POST")])],
      models: [],
      requestValidators: [],
      authorizers: [],
      gatewayResponses: customisedDefaults(),
    },
    stages: [stage("dev"), stage("prod")],
    protectedStages: ["prod"],
    account: { throttle: { rateLimit: 10_000, burstLimit: 5_000 } },
    usagePlans: [],
    domains: [{ domainName: "api.example.com", securityPolicy: "TLS_1_2", endpointType: "REGIONAL", mappings: [{ basePath: "v1", stageName: "prod" }] }],
    alarms: stageAlarms("prod"),
    metrics: { periodDays: 14, stages: [{ stageName: "prod", requests: 2_000, cacheHits: 0, cacheMisses: 0 }], methods: [methodTraffic()] },
    ...overrides,
  };
}

/** The snapshot with one stage's settings changed (other stages untouched). */
export function withStageSettings(snapshot: AdvisorSnapshot, stageName: string, change: (settings: StageSettings) => StageSettings): AdvisorSnapshot {
  return { ...snapshot, stages: snapshot.stages.map((summary) => (summary.stageName === stageName ? stage(stageName, change(summary.settings), summary.variables) : summary)) };
}

/** The snapshot with the API's resources replaced. */
export function withResources(snapshot: AdvisorSnapshot, resources: SnapshotResource[]): AdvisorSnapshot {
  return { ...snapshot, api: { ...snapshot.api, resources } };
}

/** A method whose 200 response maps these CORS headers ("Access-Control-Allow-Origin" -> "'https://app.example.com'"). */
export function corsMethod(httpMethod: string, headers: Record<string, string>, overrides: Partial<SnapshotMethod> = {}): SnapshotMethod {
  const responseParameters = Object.fromEntries(Object.entries(headers).map(([name, value]) => [`method.response.header.${name}`, value]));
  const declared = Object.fromEntries(Object.keys(responseParameters).map((key) => [key, false]));
  const integration = httpMethod === "OPTIONS" ? { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } } : httpIntegration({ httpMethod });
  return securedMethod(httpMethod, {
    ...(httpMethod === "OPTIONS" ? { authorizationType: "NONE" } : {}),
    methodResponses: { "200": { statusCode: "200", responseParameters: declared } },
    methodIntegration: { ...integration, integrationResponses: { "200": { statusCode: "200", selectionPattern: "", responseParameters, responseTemplates: {} } } },
    ...overrides,
  });
}
