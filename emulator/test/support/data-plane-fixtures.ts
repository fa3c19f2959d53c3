import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateStageCommand,
  type APIGatewayClient,
  type PutIntegrationCommandInput,
  type PutMethodCommandInput,
} from "@aws-sdk/client-api-gateway";
import { request as httpRequest } from "node:http";

// Builders for data-plane tests: each API is set up through the real SDK, as a user would.

export interface TestApi {
  readonly id: string;
  readonly rootId: string;
}

export async function createApi(client: APIGatewayClient, name: string): Promise<TestApi> {
  const api = await client.send(new CreateRestApiCommand({ name }));
  return { id: api.id!, rootId: api.rootResourceId! };
}

/** Creates each missing segment of `path` and returns the id of the last one. */
export async function resourceAt(client: APIGatewayClient, api: TestApi, path: string): Promise<string> {
  let parentId = api.rootId;
  for (const pathPart of path.split("/").filter(Boolean)) {
    const created = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId, pathPart }));
    parentId = created.id!;
  }
  return parentId;
}

type MethodOptions = Partial<Omit<PutMethodCommandInput, "restApiId" | "resourceId" | "httpMethod">>;
type IntegrationOptions = Omit<PutIntegrationCommandInput, "restApiId" | "resourceId" | "httpMethod">;

/** A method with its integration; non-proxy integrations also get a 200 method + integration response. */
export async function addMethod(
  client: APIGatewayClient,
  api: TestApi,
  resourceId: string,
  httpMethod: string,
  integration: IntegrationOptions,
  method: MethodOptions = {},
  responseTemplates?: Record<string, string>,
): Promise<void> {
  await client.send(new PutMethodCommand({ restApiId: api.id, resourceId, httpMethod, authorizationType: "NONE", ...method }));
  await client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId, httpMethod, ...integration }));
  if (integration.type === "AWS_PROXY" || integration.type === "HTTP_PROXY") return;
  await client.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId, httpMethod, statusCode: "200" }));
  await client.send(new PutIntegrationResponseCommand({ restApiId: api.id, resourceId, httpMethod, statusCode: "200", responseTemplates }));
}

/** A MOCK method answering 200 with `body` (a response template). */
export function addMockMethod(client: APIGatewayClient, api: TestApi, resourceId: string, httpMethod: string, body: string, method: MethodOptions = {}) {
  return addMethod(
    client,
    api,
    resourceId,
    httpMethod,
    { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
    method,
    { "application/json": body },
  );
}

export async function deploy(client: APIGatewayClient, api: TestApi, stageName: string, variables?: Record<string, string>): Promise<string> {
  const deployment = await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName, variables }));
  return deployment.id!;
}

/** The stage URL in the path form the sandbox serves. */
export const stageUrl = (sandboxUrl: string, api: TestApi, stage: string, path = "/") => `${sandboxUrl}/_aws/execute-api/${api.id}/${stage}${path}`;

/** Registers a local Lambda function through the sandbox's admin API. */
export async function registerFunction(sandboxUrl: string, name: string, code: string, options: { coldStartMs?: number; timeoutMs?: number; idleMs?: number } = {}): Promise<Response> {
  return fetch(`${sandboxUrl}/_archway/lambda/functions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, code, ...options }),
  });
}

export const lambdaUri = (name: string, region = "us-east-1") =>
  `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${region}:000000000000:function:${name}/invocations`;

/** GET through the {apiId}.execute-api.localhost host form (fetch may not set Host, so node:http does). */
export function getViaHost(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, headers: { host } }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

/** An API whose root answers GET from a MOCK integration with `body`, deployed to stage "prod": the smallest stage to call. */
export async function deployedMockApi(client: APIGatewayClient, name: string, body = "{}", method: MethodOptions = {}): Promise<TestApi> {
  const api = await createApi(client, name);
  await addMockMethod(client, api, api.rootId, "GET", body, method);
  await deploy(client, api, "prod");
  return api;
}

/** Sets stage settings with one `replace` patch operation per path, e.g. { "/cacheClusterEnabled": "true" }. */
export async function replaceStageSettings(client: APIGatewayClient, api: TestApi, stageName: string, settings: Record<string, string>): Promise<void> {
  const patchOperations = Object.entries(settings).map(([path, value]) => ({ op: "replace" as const, path, value }));
  await client.send(new UpdateStageCommand({ restApiId: api.id, stageName, patchOperations }));
}
