import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  CreateDeploymentCommand,
  GetExportCommand,
  GetResourcesCommand,
  ImportRestApiCommand,
  PutRestApiCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const authorizerUri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:auth/invocations";

/** An API using every part the round trip must carry: nested and greedy paths, each integration style, models
 * referring to models, validators, a TOKEN and a Cognito authorizer, an API key, gateway responses. */
const shopDocument = {
  openapi: "3.0.1",
  info: { title: "shop", description: "a shop", version: "2" },
  paths: {
    "/orders": {
      post: {
        operationId: "createOrder",
        parameters: [{ name: "x-trace", in: "header", required: false, schema: { type: "string" } }],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } }, required: true },
        responses: {
          "201": { description: "created", headers: { Location: { schema: { type: "string" } } }, content: { "application/json": { schema: { $ref: "#/components/schemas/Order" } } } },
          "400": { description: "bad", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
        security: [{ tokenAuth: [], api_key: [] }],
        "x-amazon-apigateway-request-validator": "body-only",
        "x-amazon-apigateway-integration": {
          type: "http",
          httpMethod: "POST",
          uri: "https://backend.example.com/orders",
          passthroughBehavior: "when_no_templates",
          timeoutInMillis: 5000,
          requestParameters: { "integration.request.header.x-trace": "method.request.header.x-trace" },
          requestTemplates: { "application/json": '{"order": $input.json(\'$\')}' },
          responses: {
            default: { statusCode: "201", responseParameters: { "method.response.header.Location": "integration.response.header.Location" } },
            "4\\d{2}": { statusCode: "400", responseTemplates: { "application/json": '{"message": "bad order"}' } },
          },
        },
      },
    },
    "/orders/{orderId}": {
      get: {
        parameters: [{ name: "orderId", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
        security: [{ cognito: ["orders/read"] }],
        "x-amazon-apigateway-integration": {
          type: "aws_proxy",
          httpMethod: "POST",
          uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:orders/invocations",
        },
      },
    },
    "/files/{proxy+}": {
      "x-amazon-apigateway-any-method": {
        parameters: [{ name: "proxy", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
        "x-amazon-apigateway-integration": {
          type: "http_proxy",
          httpMethod: "ANY",
          uri: "https://files.example.com/{proxy}",
          requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
          cacheKeyParameters: ["method.request.path.proxy"],
        },
      },
    },
  },
  components: {
    schemas: {
      Item: { type: "object", properties: { sku: { type: "string" }, quantity: { type: "integer" } } },
      Order: { type: "object", required: ["items"], properties: { id: { type: "string" }, items: { type: "array", items: { $ref: "#/components/schemas/Item" } } } },
      Error: { type: "object", properties: { message: { type: "string" } } },
    },
    securitySchemes: {
      api_key: { type: "apiKey", name: "x-api-key", in: "header" },
      tokenAuth: {
        type: "apiKey",
        name: "Authorization",
        in: "header",
        "x-amazon-apigateway-authtype": "custom",
        "x-amazon-apigateway-authorizer": { type: "token", authorizerUri, authorizerResultTtlInSeconds: 60, identityValidationExpression: "^Bearer .+$" },
      },
      cognito: {
        type: "apiKey",
        name: "Authorization",
        in: "header",
        "x-amazon-apigateway-authtype": "cognito_user_pools",
        "x-amazon-apigateway-authorizer": { type: "cognito_user_pools", providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc"] },
      },
    },
  },
  "x-amazon-apigateway-request-validators": {
    "body-only": { validateRequestBody: true, validateRequestParameters: false },
    all: { validateRequestBody: true, validateRequestParameters: true },
  },
  "x-amazon-apigateway-gateway-responses": {
    DEFAULT_4XX: { responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } },
  },
  "x-amazon-apigateway-binary-media-types": ["image/png"],
};

type Accept = "application/json" | "application/yaml";

/** A parsed document, walked by path in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index parsed JSON freely
type Json = any;

async function exportStage(restApiId: string, stageName: string, options: { type?: "oas30" | "swagger"; accepts?: Accept; extensions?: string } = {}) {
  const parameters = options.extensions ? { extensions: options.extensions } : undefined;
  const result = await client.send(
    new GetExportCommand({ restApiId, stageName, exportType: options.type ?? "oas30", accepts: options.accepts ?? "application/json", parameters }),
  );
  const text = new TextDecoder().decode(result.body);
  const document = (options.accepts === "application/yaml" ? parseYaml(text) : JSON.parse(text)) as Json;
  return { text, document, contentType: result.contentType, contentDisposition: result.contentDisposition };
}

async function deploy(restApiId: string, stageName = "v1"): Promise<string> {
  return (await client.send(new CreateDeploymentCommand({ restApiId, stageName }))).id!;
}

/** The parts of two exports that must match: everything but the API's own id (in the server URL or host). */
function withoutApiId(document: Json): Json {
  const rest = { ...document };
  delete rest.servers;
  delete rest.host;
  return rest;
}

/** The working copy's resources with ids left out, keyed by path. */
async function resourceShapes(restApiId: string) {
  const resources = await client.send(new GetResourcesCommand({ restApiId, embed: ["methods"], limit: 500 }));
  // Ids differ between two APIs; an integration's default cache namespace is its resource's id.
  const strip = (method: Record<string, unknown>, resourceId: string) => {
    const { authorizerId, requestValidatorId, methodIntegration, ...rest } = method as Record<string, unknown> & { methodIntegration?: Record<string, unknown> };
    const integration = methodIntegration && { ...methodIntegration, cacheNamespace: methodIntegration.cacheNamespace === resourceId ? "<resource-id>" : methodIntegration.cacheNamespace };
    return { ...rest, ...(integration ? { methodIntegration: integration } : {}), hasAuthorizer: authorizerId !== undefined, hasValidator: requestValidatorId !== undefined };
  };
  return Object.fromEntries(
    resources.items!.map((r) => [
      r.path!,
      Object.fromEntries(Object.entries(r.resourceMethods ?? {}).map(([verb, m]) => [verb, strip(m as Record<string, unknown>, r.id!)])),
    ]),
  );
}

describe("GetExport reads the stage's deployment snapshot", () => {
  it("leaves a stage's export unchanged when the working copy changes, until a new deployment; rollback restores it", async () => {
    const restApiId = await importApi(client, petsDocument());
    const first = await deploy(restApiId, "dev");
    const extra = petsDocument();
    extra.paths = { "/extra": (petsDocument().paths as Record<string, unknown>)["/pets"] };
    await client.send(new PutRestApiCommand({ restApiId, mode: "merge", body: new TextEncoder().encode(JSON.stringify(extra)) }));
    expect(Object.keys(await resourceShapes(restApiId))).toContain("/extra");
    expect(Object.keys((await exportStage(restApiId, "dev")).document.paths)).toEqual(["/pets"]);
    await deploy(restApiId, "dev");
    expect(Object.keys((await exportStage(restApiId, "dev")).document.paths)).toEqual(["/extra", "/pets"]);
    await client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/deploymentId", value: first }] }));
    expect(Object.keys((await exportStage(restApiId, "dev")).document.paths)).toEqual(["/pets"]);
  });

  it("answers OpenAPI 3.0.1 or Swagger 2.0, in JSON or YAML, with Content-Type and Content-Disposition", async () => {
    const restApiId = await importApi(client, petsDocument("formats"));
    await deploy(restApiId, "dev");
    const json = await exportStage(restApiId, "dev");
    expect(json.contentType).toBe("application/octet-stream");
    expect(json.contentDisposition).toMatch(/^attachment; filename="oas30_.+\.json"$/);
    expect(json.document.openapi).toBe("3.0.1");
    expect(json.document.info).toMatchObject({ title: "formats", version: "1" });
    expect(json.document.servers).toEqual([{ url: `https://${restApiId}.execute-api.us-east-1.amazonaws.com/{basePath}`, variables: { basePath: { default: "dev" } } }]);
    const yaml = await exportStage(restApiId, "dev", { type: "swagger", accepts: "application/yaml" });
    expect(yaml.contentType).toBe("application/octet-stream");
    expect(yaml.contentDisposition).toMatch(/^attachment; filename="swagger_.+\.yaml"$/);
    expect(yaml.text.startsWith("swagger:")).toBe(true);
    expect(yaml.document).toMatchObject({ swagger: "2.0", host: `${restApiId}.execute-api.us-east-1.amazonaws.com`, basePath: "/dev", schemes: ["https"] });
  });

  it("adds API Gateway extensions only when asked for", async () => {
    const restApiId = await importApi(client, shopDocument);
    await deploy(restApiId);
    const plain = (await exportStage(restApiId, "v1")).document;
    expect(plain.paths["/orders"].post["x-amazon-apigateway-integration"]).toBeUndefined();
    expect(plain.components.securitySchemes.tokenAuth["x-amazon-apigateway-authorizer"]).toBeUndefined();
    const integrations = (await exportStage(restApiId, "v1", { extensions: "integrations" })).document;
    expect(integrations.paths["/orders"].post["x-amazon-apigateway-integration"]).toMatchObject({ type: "http", uri: "https://backend.example.com/orders" });
    expect(integrations["x-amazon-apigateway-request-validators"]).toBeUndefined();
    const authorizers = (await exportStage(restApiId, "v1", { extensions: "authorizers" })).document;
    expect(authorizers.components.securitySchemes.tokenAuth["x-amazon-apigateway-authorizer"]).toMatchObject({ type: "token", authorizerUri });
    const all = (await exportStage(restApiId, "v1", { extensions: "apigateway" })).document;
    expect(all["x-amazon-apigateway-request-validators"]).toEqual(shopDocument["x-amazon-apigateway-request-validators"]);
    expect(all["x-amazon-apigateway-gateway-responses"]).toEqual(shopDocument["x-amazon-apigateway-gateway-responses"]);
    expect(all["x-amazon-apigateway-binary-media-types"]).toEqual(["image/png"]);
    expect(all.paths["/orders"].post["x-amazon-apigateway-request-validator"]).toBe("body-only");
  });

  it("answers NotFoundException for a missing stage and BadRequestException for an unknown export type", async () => {
    const restApiId = await importApi(client, petsDocument());
    await deploy(restApiId, "dev");
    expect((await expectAwsError(exportStage(restApiId, "nope"))).name).toBe("NotFoundException");
    const badType = await expectAwsError(client.send(new GetExportCommand({ restApiId, stageName: "dev", exportType: "raml" })));
    expect(badType).toMatchObject({ name: "BadRequestException", status: 400 });
  });
});

describe("import(export(api)) recreates the API", () => {
  for (const [type, accepts] of [["oas30", "application/json"], ["oas30", "application/yaml"], ["swagger", "application/json"], ["swagger", "application/yaml"]] as const) {
    it(`round-trips resources, methods, integrations, models, validators and authorizers through ${type} ${accepts}`, async () => {
      const original = await importApi(client, shopDocument);
      await deploy(original);
      const first = await exportStage(original, "v1", { type, accepts, extensions: "apigateway" });
      expect(first.document.paths["/orders"].post["x-amazon-apigateway-integration"].responses["4\\d{2}"].statusCode).toBe("400");
      const copy = await importApi(client, first.text);
      await deploy(copy);
      const second = await exportStage(copy, "v1", { type, accepts, extensions: "apigateway" });
      expect(withoutApiId(second.document)).toEqual(withoutApiId(first.document));
      expect(await resourceShapes(copy)).toEqual(await resourceShapes(original));
      const models = type === "oas30" ? second.document.components.schemas : second.document.definitions;
      expect(Object.keys(models).sort()).toEqual(["Error", "Item", "Order"]);
      expect(models.Order.properties.items.items.$ref).toBe(type === "oas30" ? "#/components/schemas/Item" : "#/definitions/Item");
      const schemes = type === "oas30" ? second.document.components.securitySchemes : second.document.securityDefinitions;
      expect(schemes.cognito["x-amazon-apigateway-authorizer"]).toMatchObject({ type: "cognito_user_pools" });
      expect(second.document.paths["/orders/{orderId}"].get.security).toEqual([{ cognito: ["orders/read"] }]);
    });
  }
});

describe("ImportRestApi and PutRestApi", () => {
  it("imports methods with their authorization, parameters, models and integrations", async () => {
    const restApiId = await importApi(client, shopDocument, { endpointConfigurationTypes: "REGIONAL" });
    const shapes = await resourceShapes(restApiId);
    expect(Object.keys(shapes).sort()).toEqual(["/", "/files", "/files/{proxy+}", "/orders", "/orders/{orderId}"]);
    expect(shapes["/orders"]!.POST).toMatchObject({
      authorizationType: "CUSTOM",
      apiKeyRequired: true,
      hasAuthorizer: true,
      hasValidator: true,
      operationName: "createOrder",
      requestParameters: { "method.request.header.x-trace": false },
      requestModels: { "application/json": "Order" },
      methodIntegration: { type: "HTTP", httpMethod: "POST", passthroughBehavior: "WHEN_NO_TEMPLATES", timeoutInMillis: 5000 },
    });
    expect(shapes["/orders/{orderId}"]!.GET).toMatchObject({ authorizationType: "COGNITO_USER_POOLS", authorizationScopes: ["orders/read"] });
    expect(shapes["/files/{proxy+}"]!.ANY).toMatchObject({ methodIntegration: { type: "HTTP_PROXY", cacheKeyParameters: ["method.request.path.proxy"] } });
  });

  it("refuses a body that is not YAML, not OpenAPI, or not a valid document", async () => {
    const send = (text: string) => client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(text) }));
    const notYaml = await expectAwsError(send("openapi: [unclosed"));
    expect(notYaml).toMatchObject({ name: "BadRequestException", status: 400 });
    const notOpenApi = await expectAwsError(send(JSON.stringify({ hello: "world" })));
    expect(notOpenApi.message).toBe("Invalid OpenAPI input.");
    const invalid = await expectAwsError(send(JSON.stringify({ openapi: "3.0.1", paths: {} })));
    expect(invalid.name).toBe("BadRequestException");
    expect(invalid.message).toMatch(/^Errors found during import:/);
  });

  it("reports warnings, and fails on them when failonwarnings is set", async () => {
    const document = petsDocument("warned");
    const get = (document.paths as unknown as Json)["/pets"]!.get!;
    get["x-amazon-apigateway-integration"] = { type: "bogus" };
    const body = new TextEncoder().encode(JSON.stringify(document));
    const failed = await expectAwsError(client.send(new ImportRestApiCommand({ body, failOnWarnings: true })));
    expect(failed.name).toBe("BadRequestException");
    expect(failed.message).toMatch(/^Warnings found during import:/);
    const imported = await client.send(new ImportRestApiCommand({ body }));
    expect(imported.warnings).toEqual(["Unable to put integration on 'GET' for resource at path '/pets': Invalid integration type bogus"]);
  });

  it("prepends the document's base path when basepath=prepend", async () => {
    const document = { ...petsDocument(), servers: [{ url: "https://api.example.com/v1" }] };
    const restApiId = await importApi(client, document, { basepath: "prepend" });
    expect(Object.keys(await resourceShapes(restApiId)).sort()).toEqual(["/", "/v1", "/v1/pets"]);
  });

  it("merges into an API or overwrites it with PutRestApi", async () => {
    const restApiId = await importApi(client, petsDocument());
    const other = { ...petsDocument("renamed"), paths: { "/owners": (petsDocument().paths as Record<string, unknown>)["/pets"] } };
    const body = new TextEncoder().encode(JSON.stringify(other));
    const merged = await client.send(new PutRestApiCommand({ restApiId, mode: "merge", body }));
    expect(merged.name).toBe("renamed");
    expect(Object.keys(await resourceShapes(restApiId)).sort()).toEqual(["/", "/owners", "/pets"]);
    await client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body }));
    expect(Object.keys(await resourceShapes(restApiId)).sort()).toEqual(["/", "/owners"]);
  });
});
