import { describe, expect, it } from "vitest";
import {
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  GetIntegrationCommand,
  GetMethodCommand,
  GetResourcesCommand,
  GetUsagePlanCommand,
  GetUsagePlansCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  PutRestApiCommand,
  UpdateStageCommand,
  UpdateUsagePlanCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";
import { shapeOf } from "./support/answer-shape";
import { recordedMethodSetting } from "./support/recorded-method-setting";
import { recordedImportedHttpIntegration } from "./support/recorded-imported-integration";

// Issue 15, third pass, through the JS SDK: what AWS's answers hold when values are empty or left out (maps given
// or not, defaults filled in, members AWS omits) and the patches that change them, compared with AWS's answers as
// LocalStack recorded them (test file and test named at each case).

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const badRequest = (message: string) => ({ name: "BadRequestException", status: 400, message });

describe("stage method settings", () => {
  it("fills in a method setting entry as AWS recorded it, keyed as sent, with no loggingLevel (test_apigateway_common.py::test_create_update_stages)", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "stage-settings" }));
    const at = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    const deployment = await client.send(new CreateDeploymentCommand({ restApiId: api.id }));
    await client.send(new CreateDocumentationPartCommand({ restApiId: api.id, location: { type: "API" }, properties: JSON.stringify({ foo: "bar" }) }));
    await client.send(new CreateDocumentationVersionCommand({ restApiId: api.id, documentationVersion: "v123" }));
    const ids = { deployment: deployment.id };
    const created = await client.send(new CreateStageCommand({ restApiId: api.id, stageName: "s1", deploymentId: deployment.id, description: "my stage", documentationVersion: "v123" }));
    const base = {
      cacheClusterEnabled: false,
      cacheClusterStatus: "NOT_AVAILABLE",
      createdDate: "<date>",
      deploymentId: "<deployment>",
      description: "my stage",
      documentationVersion: "v123",
      lastUpdatedDate: "<date>",
      methodSettings: {},
      stageName: "s1",
      tracingEnabled: false,
    };
    expect(shapeOf(created, ids)).toEqual(base);
    const updated = await client.send(
      new UpdateStageCommand({
        restApiId: api.id,
        stageName: "s1",
        patchOperations: [
          { op: "replace", path: "/description", value: "stage new" },
          { op: "replace", path: "/variables/var1", value: "test" },
          { op: "replace", path: "/variables/var2", value: "test2" },
          { op: "replace", path: "/*/*/throttling/burstLimit", value: "123" },
          { op: "replace", path: "/*/*/caching/enabled", value: "true" },
          { op: "replace", path: "/tracingEnabled", value: "true" },
          { op: "replace", path: "/test/GET/throttling/burstLimit", value: "124" },
        ],
      }),
    );
    expect(shapeOf(updated, ids)).toEqual({
      ...base,
      description: "stage new",
      methodSettings: { "*/*": recordedMethodSetting(123), "test/GET": recordedMethodSetting(124) },
      tracingEnabled: true,
      variables: { var1: "test", var2: "test2" },
    });
    const overridden = await client.send(
      new UpdateStageCommand({ restApiId: api.id, stageName: "s1", patchOperations: [{ op: "replace", path: "/*/*/throttling/burstLimit", value: "100" }] }),
    );
    expect(overridden.methodSettings).toEqual({ "*/*": recordedMethodSetting(100), "test/GET": recordedMethodSetting(124) });
  });
});

describe("usage plan API stages", () => {
  it("answers a plan and its API stage patches as AWS recorded them (test_apigateway_common.py::test_usage_plan_crud)", async () => {
    const restApiId = await importApi(client, petsDocument("plan-stages"));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: "crud", description: "this is my usage plan", apiStages: [{ apiId: restApiId, stage: "dev" }] }));
    const ids = { id: plan.id, apiId: restApiId };
    const created = { apiStages: [{ apiId: restApiId, stage: "dev" }], description: "this is my usage plan", id: "<id>", name: "crud" };
    expect(shapeOf(plan, ids)).toEqual(created);
    expect(shapeOf(await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id })), ids)).toEqual({ ...created, tags: {} });
    const listed = (await client.send(new GetUsagePlansCommand({}))).items!.find((item) => item.id === plan.id)!;
    expect(shapeOf(listed, ids)).toEqual(created);
    const throttled = await client.send(
      new UpdateUsagePlanCommand({
        usagePlanId: plan.id,
        patchOperations: [{ op: "replace", path: "/throttle/burstLimit", value: "100" }, { op: "replace", path: "/throttle/rateLimit", value: "200" }],
      }),
    );
    expect(shapeOf(throttled, ids)).toEqual({ ...created, tags: {}, throttle: { burstLimit: 100, rateLimit: 200 } });
    const remove = (value?: string) => expectAwsError(client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "remove", path: "/apiStages", value }] })));
    const notFound = (api: string, stage: string) => ({ name: "NotFoundException", status: 404, message: `Invalid API Stage {api: ${api}, stage: ${stage}} specified for usageplan ${plan.id}` });
    expect(await remove()).toEqual(badRequest("Invalid API Stage specified"));
    expect(await remove(`${restApiId}b:dev`)).toEqual(notFound(`${restApiId}b`, "dev"));
    expect(await remove(`${restApiId}:fakestagename`)).toEqual(notFound(restApiId, "fakestagename"));
    expect(await remove("wrongvalue")).toEqual(badRequest("Invalid API Stage specified"));
  });
});

describe("defaults in answers", () => {
  const httpDocument = (title: string) => ({
    openapi: "3.0.1",
    info: { title, version: "1" },
    paths: {
      "/pets": {
        get: {
          responses: { "200": { description: "ok" } },
          "x-amazon-apigateway-integration": { type: "http", httpMethod: "GET", uri: "http://petstore.example.com/pets", responses: { default: { statusCode: "200" } } },
        },
      },
    },
  });

  it("gives an imported HTTP integration the INTERNET connection type, as PutIntegration does (test_apigateway_import.py::test_import_swagger_api)", async () => {
    const restApiId = await importApi(client, httpDocument("http-import"));
    const pets = (await client.send(new GetResourcesCommand({ restApiId }))).items!.find((resource) => resource.path === "/pets")!;
    const integration = await client.send(new GetIntegrationCommand({ restApiId, resourceId: pets.id, httpMethod: "GET" }));
    expect(shapeOf(integration, { namespace: pets.id })).toEqual(recordedImportedHttpIntegration("<namespace>"));
  });

  it("answers method, integration and their responses with the maps given and no others (test_apigateway_integrations.py::test_put_integration_responses)", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "my_api", description: "this is my api" }));
    const at = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
    const ids = { namespace: api.rootResourceId };
    expect(shapeOf(await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" })))).toEqual({ apiKeyRequired: false, authorizationType: "NONE", httpMethod: "GET" });
    expect(shapeOf(await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200" })))).toEqual({ statusCode: "200" });
    const integration = {
      cacheKeyParameters: [],
      cacheNamespace: "<namespace>",
      connectionType: "INTERNET",
      httpMethod: "POST",
      passthroughBehavior: "WHEN_NO_MATCH",
      timeoutInMillis: 29000,
      type: "HTTP",
      uri: "http://example.com/echo",
    };
    const put = await client.send(new PutIntegrationCommand({ ...at, type: "HTTP", uri: "http://example.com/echo", integrationHttpMethod: "POST" }));
    expect(shapeOf(put, ids)).toEqual(integration);
    const response = { responseTemplates: {}, selectionPattern: "2\\d{2}", statusCode: "200" };
    const putResponse = await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", selectionPattern: "2\\d{2}", responseTemplates: {} }));
    expect(shapeOf(putResponse)).toEqual(response);
    expect(shapeOf(await client.send(new GetMethodCommand(at)), ids)).toEqual({
      apiKeyRequired: false,
      authorizationType: "NONE",
      httpMethod: "GET",
      methodIntegration: { ...integration, cacheNamespace: api.rootResourceId, integrationResponses: { "200": response } },
      methodResponses: { "200": { statusCode: "200" } },
    });
  });

  it("leaves an unset authorizer result TTL out of the answer, as AWS does (test_apigateway_with_custom_authorization_method)", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "authorizer-ttl" }));
    const authorizerUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations";
    const created = await client.send(
      new CreateAuthorizerCommand({ restApiId: api.id, name: "lambda_authorizer", type: "TOKEN", authType: "custom", authorizerUri, identitySource: "method.request.header.Auth" }),
    );
    expect(shapeOf(created, { id: created.id })).toEqual({
      authType: "custom",
      authorizerUri,
      id: "<id>",
      identitySource: "method.request.header.Auth",
      name: "lambda_authorizer",
      type: "TOKEN",
    });
  });

  it("answers PutRestApi with tags {} on an untagged API, as UpdateRestApi does (test_import_rest_api_with_base_path_oas30)", async () => {
    const restApiId = await importApi(client, httpDocument("put-tags"));
    const body = new TextEncoder().encode(JSON.stringify(httpDocument("put-tags")));
    const put = await client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body }));
    expect(put.tags).toEqual({});
    expect(put.endpointConfiguration).toEqual({ ipAddressType: "ipv4", types: ["EDGE"] });
  });
});
