import { describe, expect, it } from "vitest";
import {
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateVpcLinkCommand,
  DeleteGatewayResponseCommand,
  GetExportCommand,
  GetGatewayResponseCommand,
  GetIntegrationResponseCommand,
  GetResourcesCommand,
  GetMethodCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetVpcLinkCommand,
  ImportRestApiCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  PutRestApiCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { importApi, petsDocument } from "./support/openapi-fixtures";

// Whole response shapes as real AWS answered the same requests (recorded 2024-2025), with ids and dates
// normalised: the defaults AWS adds, what it leaves out, and the semantics the sandbox follows.

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

/** The response without SDK metadata, ids and dates replaced by placeholders. */
function normalised(output: object, ids: Record<string, string> = {}): unknown {
  const rest: Record<string, unknown> = { ...output };
  delete rest.$metadata;
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, `<${name}>`]));
  return JSON.parse(JSON.stringify(rest), (key, value) => {
    if (key === "createdDate" || key === "lastUpdatedDate") return "<date>";
    return typeof value === "string" && names.has(value) ? names.get(value) : value;
  });
}

describe("defaults in responses", () => {
  it("answers CreateRestApi, GetRestApi, UpdateRestApi and GetRestApis with AWS's defaults", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "defaults", binaryMediaTypes: [] }));
    const ids = { id: api.id!, root: api.rootResourceId! };
    const created = {
      apiKeySource: "HEADER",
      createdDate: "<date>",
      disableExecuteApiEndpoint: false,
      endpointConfiguration: { ipAddressType: "ipv4", types: ["EDGE"] },
      id: "<id>",
      name: "defaults",
      rootResourceId: "<root>",
    };
    expect(normalised(api, ids)).toEqual(created);
    expect(normalised(await client.send(new GetRestApiCommand({ restApiId: api.id })), ids)).toEqual({ ...created, tags: {} });
    const updated = await client.send(
      new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "add", path: "/binaryMediaTypes/image~1png" }] }),
    );
    expect(normalised(updated, ids)).toEqual({ ...created, binaryMediaTypes: ["image/png"], tags: {} });
    const listed = (await client.send(new GetRestApisCommand({}))).items!.find((item) => item.id === api.id)!;
    expect(normalised(listed, ids)).toEqual({ ...created, binaryMediaTypes: ["image/png"] });
    const privateApi = await client.send(new CreateRestApiCommand({ name: "private", endpointConfiguration: { types: ["PRIVATE"] } }));
    expect(privateApi.endpointConfiguration).toEqual({ ipAddressType: "dualstack", types: ["PRIVATE"] });
  });

  it("echoes a method response's maps as given (empty ones as {}) and shows the resource id as an integration's cache namespace", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "maps" }));
    const at = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    // AWS leaves out maps it was not given (test_apigateway_integrations.py::test_put_integration_responses).
    expect(normalised(await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200" })))).toEqual({ statusCode: "200" });
    const response = await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200", responseModels: {}, responseParameters: {} }));
    expect(normalised(response)).toEqual({ responseModels: {}, responseParameters: {}, statusCode: "200" });
    const imported = await importApi(client, petsDocument("cache"));
    const method = await client.send(new GetMethodCommand({ restApiId: imported, resourceId: await pathId(imported, "/pets"), httpMethod: "GET" }));
    expect(method.methodIntegration?.cacheNamespace).toBe(await pathId(imported, "/pets"));
    expect(method.methodIntegration?.cacheKeyParameters).toEqual([]);
  });

  it("shows tags {} on GetVpcLink but not on CreateVpcLink", async () => {
    const nlb = "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/net/parity/0123456789abcdef";
    const link = await client.send(new CreateVpcLinkCommand({ name: "link", targetArns: [nlb] }));
    expect(link.tags).toBeUndefined();
    expect((await client.send(new GetVpcLinkCommand({ vpcLinkId: link.id }))).tags).toEqual({});
  });
});

describe("semantics AWS has", () => {
  it("accepts an integration response before its method response (null templates: see aws-parity-boto3.test.ts)", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "early" }));
    const at = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    const put = await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", selectionPattern: "" }));
    expect(put.$metadata.httpStatusCode).toBe(201);
    expect(normalised(put)).toEqual({ selectionPattern: "", statusCode: "200" });
    const got = await client.send(new GetIntegrationResponseCommand({ ...at, statusCode: "200" }));
    expect(normalised(got)).toEqual({ selectionPattern: "", statusCode: "200" });
  });

  it("merges binary media types when PutRestApi merges a document", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "merge", binaryMediaTypes: ["image/png"] }));
    const document = { ...petsDocument("merge"), "x-amazon-apigateway-binary-media-types": ["application/pdf"] };
    const merged = await client.send(new PutRestApiCommand({ restApiId: api.id, mode: "merge", body: new TextEncoder().encode(JSON.stringify(document)) }));
    expect(merged.binaryMediaTypes).toEqual(["image/png", "application/pdf"]);
  });
});

describe("OpenAPI import", () => {
  it("prepends a server URL that is a lone {basePath} variable, and refuses a body that is not OpenAPI with AWS's text", async () => {
    const document = { ...petsDocument("prepend"), servers: [{ url: "{basePath}", variables: { basePath: { default: "/v1" } } }] };
    const restApiId = await importApi(client, document, { basepath: "prepend" });
    const paths = (await client.send(new GetResourcesCommand({ restApiId }))).items!.map((resource) => resource.path).sort();
    expect(paths).toEqual(["/", "/v1", "/v1/pets"]);
    const notOpenApi = await expectAwsError(client.send(new ImportRestApiCommand({ body: new TextEncoder().encode('{"hello":"world"}') })));
    expect(notOpenApi).toEqual({ name: "BadRequestException", status: 400, message: "Invalid OpenAPI input." });
  });
});

describe("gateway responses", () => {
  it("fills a put's missing fields with the type's defaults, and a customised DEFAULT_4XX becomes the default the data plane serves", async () => {
    const restApiId = await importApi(client, petsDocument("gateway"));
    const statusOnly = await client.send(new PutGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" }));
    expect(normalised(statusOnly)).toEqual({
      defaultResponse: false,
      responseParameters: {},
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "404",
    });
    const paramsOnly = await client.send(
      new PutGatewayResponseCommand({ restApiId, responseType: "AUTHORIZER_FAILURE", responseParameters: { "gatewayresponse.header.foo": "'bar'" } }),
    );
    expect(paramsOnly.statusCode).toBe("500");
    await client.send(new DeleteGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" }));
    await client.send(
      new PutGatewayResponseCommand({ restApiId, responseType: "DEFAULT_4XX", statusCode: "418", responseParameters: { "gatewayresponse.header.x-parity": "'yes'" } }),
    );
    const inherited = await client.send(new GetGatewayResponseCommand({ restApiId, responseType: "MISSING_AUTHENTICATION_TOKEN" }));
    expect(normalised(inherited)).toEqual({
      defaultResponse: true,
      responseParameters: { "gatewayresponse.header.x-parity": "'yes'" },
      responseTemplates: { "application/json": '{"message":$context.error.messageString}' },
      responseType: "MISSING_AUTHENTICATION_TOKEN",
      statusCode: "418",
    });
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const served = await fetch(`${sandbox.url}/_aws/execute-api/${restApiId}/dev/nowhere`);
    expect(served.status).toBe(418);
    expect(served.headers.get("x-parity")).toBe("yes");
    expect(await served.json()).toEqual({ message: "Missing Authentication Token" });
  });
});

describe("GetExport as AWS answers it", () => {
  it("sends a download named after info.version, without the bare root, default timeout or default key source", async () => {
    const restApiId = await importApi(client, petsDocument("export"));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const exported = await client.send(
      new GetExportCommand({ restApiId, stageName: "dev", exportType: "oas30", accepts: "application/json", parameters: { extensions: "apigateway" } }),
    );
    expect(exported.contentType).toBe("application/octet-stream");
    expect(exported.contentDisposition).toBe('attachment; filename="oas30_1.json"');
    const document = JSON.parse(new TextDecoder().decode(exported.body)) as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: unknown;
      "x-amazon-apigateway-api-key-source"?: string;
    };
    expect(Object.keys(document.paths)).toEqual(["/pets"]);
    expect(document["x-amazon-apigateway-api-key-source"]).toBeUndefined();
    expect(document.paths["/pets"]!.get!["x-amazon-apigateway-integration"]).toEqual({
      type: "mock",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
      passthroughBehavior: "when_no_match",
      responses: { default: { statusCode: "200" } },
    });
    expect(document.components).toEqual({});
  });
});

async function pathId(restApiId: string, path: string): Promise<string> {
  const resources = await client.send(new GetResourcesCommand({ restApiId }));
  return resources.items!.find((resource) => resource.path === path)!.id!;
}
