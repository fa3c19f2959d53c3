// Deployed stages the data-plane benchmarks call, set up through the real SDK as a user would: one per
// integration type, and one per expensive feature (each a MOCK stage with exactly that feature turned on).
import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateAccountCommand,
  UpdateStageCommand,
  type PutMethodCommandInput,
} from "@aws-sdk/client-api-gateway";
import { FIXED_BODY } from "./bare-node-servers";

/** What a load generator needs to call one stage. */
/**
 * The account throttle raised to the largest quota the sandbox takes: AWS's default 10,000 rps (burst 5,000) is
 * below what the benchmarks drive, and an account with that load would have the quota raised.
 */
export const RAISED_ACCOUNT_THROTTLE = { accountThrottleRateLimit: 1_000_000, accountThrottleBurstLimit: 1_000_000 } as const;
export const RAISED_ACCOUNT_THROTTLE_ARGS = Object.entries(RAISED_ACCOUNT_THROTTLE).flatMap(([name, value]) => ["--quota", `${name}=${value}`]);

export interface StageCall {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export const apiGateway = (sandboxUrl: string) =>
  new APIGatewayClient({ endpoint: sandboxUrl, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });

const lambdaUri = (name: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:${name}/invocations`;

/** The local function behind the Lambda proxy stage: it answers the same fixed body as every other target. */
export const FIXED_BODY_FUNCTION = `exports.handler = async () => ({ statusCode: 200, headers: { "content-type": "application/json" }, body: ${JSON.stringify(FIXED_BODY)} });`;
const ALLOW_AUTHORIZER = `exports.handler = async (event) => ({ principalId: "bench", policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: event.methodArn }] } });`;

export async function registerFunction(sandboxUrl: string, name: string, code: string, coldStartMs = 0): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/lambda/functions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, code, coldStartMs }),
  });
  if (!response.ok) throw new Error(`registering ${name}: ${response.status} ${await response.text()}`);
}

interface MethodSpec {
  readonly httpMethod?: string;
  readonly method?: Partial<PutMethodCommandInput>;
  readonly integration: { type: "MOCK" | "AWS_PROXY" | "HTTP_PROXY"; uri?: string };
  /** MOCK only: the request template (its output must carry the status) and the response template. */
  readonly requestTemplate?: string;
  readonly responseTemplate?: string;
}

/** A REST API whose root has one method, deployed to "prod"; `before` runs ahead of the deployment. */
async function deployedApi(client: APIGatewayClient, name: string, spec: MethodSpec, before?: (apiId: string) => Promise<Partial<PutMethodCommandInput>>): Promise<string> {
  const api = await client.send(new CreateRestApiCommand({ name }));
  const at = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: spec.httpMethod ?? "GET" };
  const extra = before ? await before(api.id!) : {};
  await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE", ...spec.method, ...extra }));
  const { type, uri } = spec.integration;
  if (type === "MOCK") {
    await client.send(new PutIntegrationCommand({ ...at, type, requestTemplates: { "application/json": spec.requestTemplate ?? '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200" }));
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseTemplates: { "application/json": spec.responseTemplate ?? FIXED_BODY } }));
  } else {
    await client.send(new PutIntegrationCommand({ ...at, type, uri, integrationHttpMethod: type === "AWS_PROXY" ? "POST" : at.httpMethod }));
  }
  await client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName: "prod" }));
  return api.id!;
}

const stageUrl = (sandboxUrl: string, apiId: string) => `${sandboxUrl}/_aws/execute-api/${apiId}/prod/`;

async function patchStage(client: APIGatewayClient, apiId: string, settings: Record<string, string>): Promise<void> {
  const patchOperations = Object.entries(settings).map(([path, value]) => ({ op: "replace" as const, path, value }));
  await client.send(new UpdateStageCommand({ restApiId: apiId, stageName: "prod", patchOperations }));
}

/** The three integration types of the table. */
export async function integrationStages(sandboxUrl: string, backendUrl: string): Promise<Record<"MOCK" | "Lambda proxy" | "HTTP_PROXY", StageCall>> {
  const client = apiGateway(sandboxUrl);
  await registerFunction(sandboxUrl, "bench-fixed", FIXED_BODY_FUNCTION);
  const mock = await deployedApi(client, "bench-mock", { integration: { type: "MOCK" } });
  const lambda = await deployedApi(client, "bench-lambda", { integration: { type: "AWS_PROXY", uri: lambdaUri("bench-fixed") } });
  const proxy = await deployedApi(client, "bench-http-proxy", { integration: { type: "HTTP_PROXY", uri: `${backendUrl}/` } });
  client.destroy();
  return { MOCK: { url: stageUrl(sandboxUrl, mock) }, "Lambda proxy": { url: stageUrl(sandboxUrl, lambda) }, HTTP_PROXY: { url: stageUrl(sandboxUrl, proxy) } };
}

export const FEATURES = [
  "API key + usage plan",
  "stage throttling",
  "cache hit",
  "Lambda authorizer (cached)",
  "request validation (model)",
  "VTL mapping template",
  "access logging",
  "detailed metrics",
] as const;
export type Feature = (typeof FEATURES)[number];

/** A VTL template that reads the request, the context and a stage variable, as real mapping templates do. */
const VTL_TEMPLATE = `#set($q = $input.params('q'))
{
  "q": "$util.escapeJavaScript($q)",
  "requestId": "$context.requestId",
  "stage": "$context.stage",
  "items": [#foreach($i in [1..3])$i#if($foreach.hasNext),#end#end]
}`;

const ORDER_SCHEMA = JSON.stringify({
  $schema: "http://json-schema.org/draft-04/schema#",
  type: "object",
  required: ["id", "quantity"],
  properties: { id: { type: "string", minLength: 1 }, quantity: { type: "integer", minimum: 1 }, note: { type: "string", maxLength: 200 } },
});

/** One MOCK stage per expensive feature, with only that feature on. */
export async function featureStages(sandboxUrl: string): Promise<Record<Feature, StageCall>> {
  const client = apiGateway(sandboxUrl);
  const mockGet = { integration: { type: "MOCK" as const } };
  const apiKeyValue = "bench-api-key-0123456789abcdefghij";
  const keyed = await deployedApi(client, "bench-api-key", { ...mockGet, method: { apiKeyRequired: true } });
  const key = await client.send(new CreateApiKeyCommand({ name: "bench", enabled: true, value: apiKeyValue }));
  const plan = await client.send(
    new CreateUsagePlanCommand({ name: "bench", apiStages: [{ apiId: keyed, stage: "prod" }], throttle: { rateLimit: 1_000_000, burstLimit: 500_000 }, quota: { limit: 1_000_000_000, period: "DAY" } }),
  );
  await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: "API_KEY" }));

  // Any stage method setting makes AWS fill in the stage's default throttle (10,000 rps, burst 5,000), which the
  // benchmarks would reach: stages with method settings raise it.
  const unthrottled = { "/*/*/throttling/rateLimit": "1000000", "/*/*/throttling/burstLimit": "500000" };
  const throttled = await deployedApi(client, "bench-throttle", mockGet);
  await patchStage(client, throttled, unthrottled);

  const cached = await deployedApi(client, "bench-cache", mockGet);
  await patchStage(client, cached, { "/cacheClusterEnabled": "true", "/*/*/caching/enabled": "true", ...unthrottled });

  await registerFunction(sandboxUrl, "bench-allow", ALLOW_AUTHORIZER);
  const authorized = await deployedApi(client, "bench-authorizer", mockGet, async (apiId) => {
    const authorizer = await client.send(
      new CreateAuthorizerCommand({ restApiId: apiId, name: "allow", type: "TOKEN", authorizerUri: lambdaUri("bench-allow"), identitySource: "method.request.header.Authorization", authorizerResultTtlInSeconds: 300 }),
    );
    return { authorizationType: "CUSTOM", authorizerId: authorizer.id };
  });

  const validated = await deployedApi(client, "bench-validation", { ...mockGet, httpMethod: "POST" }, async (apiId) => {
    await client.send(new CreateModelCommand({ restApiId: apiId, name: "Order", contentType: "application/json", schema: ORDER_SCHEMA }));
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: apiId, name: "body", validateRequestBody: true, validateRequestParameters: true }));
    return { requestValidatorId: validator.id, requestModels: { "application/json": "Order" } };
  });

  const mapped = await deployedApi(client, "bench-vtl", { ...mockGet, responseTemplate: VTL_TEMPLATE });

  const logged = await deployedApi(client, "bench-access-log", mockGet);
  // AWS refuses access logging until the account names a CloudWatch Logs role.
  await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::000000000000:role/bench-logs" }] }));
  await patchStage(client, logged, {
    "/accessLogSettings/destinationArn": "arn:aws:logs:us-east-1:000000000000:log-group:bench",
    "/accessLogSettings/format": '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status","latency":"$context.responseLatency"}',
  });

  const detailed = await deployedApi(client, "bench-detailed-metrics", mockGet);
  await patchStage(client, detailed, { "/*/*/metrics/enabled": "true", ...unthrottled });
  client.destroy();

  return {
    "API key + usage plan": { url: stageUrl(sandboxUrl, keyed), headers: { "x-api-key": apiKeyValue } },
    "stage throttling": { url: stageUrl(sandboxUrl, throttled) },
    "cache hit": { url: stageUrl(sandboxUrl, cached) },
    "Lambda authorizer (cached)": { url: stageUrl(sandboxUrl, authorized), headers: { authorization: "Bearer bench-token" } },
    "request validation (model)": {
      url: stageUrl(sandboxUrl, validated),
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "order-1", quantity: 3, note: "bench" }),
    },
    "VTL mapping template": { url: `${stageUrl(sandboxUrl, mapped)}?q=hello%22world` },
    "access logging": { url: stageUrl(sandboxUrl, logged) },
    "detailed metrics": { url: stageUrl(sandboxUrl, detailed) },
  };
}

/** The most common real template: the JSON body passed on whole and by field ($input.json), on a MOCK stage. */
const PASSTHROUGH_TEMPLATE = `{"statusCode": 200, "order": $input.json('$'), "id": $input.json('$.id'), "quantity": $input.path('$.quantity')}`;

/** Stages for the handler-chain bench only (not in the HTTP benches' feature list). */
export async function templateStages(sandboxUrl: string): Promise<Record<"VTL passthrough ($input.json)", StageCall>> {
  const client = apiGateway(sandboxUrl);
  const passthrough = await deployedApi(client, "bench-vtl-passthrough", { integration: { type: "MOCK" }, httpMethod: "POST", requestTemplate: PASSTHROUGH_TEMPLATE });
  client.destroy();
  return {
    "VTL passthrough ($input.json)": {
      url: stageUrl(sandboxUrl, passthrough),
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "order-1", quantity: 3, note: "bench", lines: [{ sku: "a-1", count: 2 }, { sku: "b-2", count: 1 }] }),
    },
  };
}
