import { describe, expect, it } from "vitest";
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  DeleteBasePathMappingCommand,
  DeleteResourceCommand,
  DeleteRestApiCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetUsagePlanCommand,
  UpdateRestApiCommand,
  paginateGetRestApis,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { createDeployedStage } from "./support/deployed-stage";

const sandbox = sandboxForFile();

describe("REST APIs", () => {
  it("answers names and descriptions beyond ASCII whole, with their UTF-8 length", async () => {
    const client = apiGatewayClient(sandbox.url);
    const created = await client.send(new CreateRestApiCommand({ name: "cafés ✓", description: "日本のペット 🐾" }));
    const response = await fetch(`${sandbox.url}/restapis/${created.id}`, { headers: { authorization: "AWS4-HMAC-SHA256 Credential=test/20261203/us-east-1/apigateway/aws4_request" } });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(JSON.parse(bytes.toString("utf8"))).toMatchObject({ name: "cafés ✓", description: "日本のペット 🐾" });
    const read = await client.send(new GetRestApiCommand({ restApiId: created.id }));
    expect([read.name, read.description]).toEqual(["cafés ✓", "日本のペット 🐾"]);
  });

  it("creates an API with a root resource and AWS-shaped fields", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(
      new CreateRestApiCommand({ name: "pets", description: "pet store", endpointConfiguration: { types: ["REGIONAL"] }, tags: { team: "a" } }),
    );
    expect(api.$metadata.httpStatusCode).toBe(201);
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.name).toBe("pets");
    expect(api.endpointConfiguration?.types).toEqual(["REGIONAL"]);
    expect(api.apiKeySource).toBe("HEADER");
    expect(api.createdDate).toBeInstanceOf(Date);
    expect(Math.abs(api.createdDate!.getTime() - Date.now())).toBeLessThan(60_000);
    const resources = await client.send(new GetResourcesCommand({ restApiId: api.id }));
    expect(resources.items).toEqual([{ id: api.rootResourceId, path: "/" }]);
  });

  it("answers NotFoundException with AWS's message for an unknown id", async () => {
    const error = await expectAwsError(apiGatewayClient(sandbox.url).send(new GetRestApiCommand({ restApiId: "nope123456" })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid API identifier specified 000000000000:nope123456" });
  });

  it("renames an API through a patch and rejects an unknown patch path", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(new CreateRestApiCommand({ name: "before" }));
    const renamed = await client.send(
      new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/name", value: "after" }] }),
    );
    expect(renamed.name).toBe("after");
    expect((await client.send(new GetRestApiCommand({ restApiId: api.id }))).name).toBe("after");
    const error = await expectAwsError(
      client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/nonsense", value: "x" }] })),
    );
    expect(error).toMatchObject({ name: "BadRequestException", status: 400, message: "Invalid patch path /nonsense" });
  });

  it("manages a private API's VPC endpoint ids and its IP address type with the patch paths Terraform sends", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(new CreateRestApiCommand({ name: "private", endpointConfiguration: { types: ["PRIVATE"], vpcEndpointIds: ["vpce-a"] } }));
    const patch = (op: "add" | "remove" | "replace", path: string, value: string) =>
      client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op, path, value }] }));
    expect((await patch("add", "/endpointConfiguration/vpcEndpointIds", "vpce-b")).endpointConfiguration).toEqual({
      types: ["PRIVATE"],
      ipAddressType: "dualstack",
      vpcEndpointIds: ["vpce-a", "vpce-b"],
    });
    expect((await patch("remove", "/endpointConfiguration/vpcEndpointIds", "vpce-a")).endpointConfiguration?.vpcEndpointIds).toEqual(["vpce-b"]);
    expect((await patch("remove", "/endpointConfiguration/vpcEndpointIds", "vpce-b")).endpointConfiguration?.vpcEndpointIds).toBeUndefined();
    expect((await patch("replace", "/endpointConfiguration/ipAddressType", "dualstack")).endpointConfiguration?.ipAddressType).toBe("dualstack");
    const bad = await expectAwsError(patch("replace", "/endpointConfiguration/ipAddressType", "ipv6"));
    expect(bad).toMatchObject({ name: "BadRequestException", status: 400, message: "ipAddressType must be either ipv4 or dualstack." });
    expect((await client.send(new GetRestApiCommand({ restApiId: api.id }))).endpointConfiguration).toEqual({ types: ["PRIVATE"], ipAddressType: "dualstack" });
  });

  it("pages GetRestApis with limit and position and the SDK paginator sees every API once", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "eu-west-3" });
    const created = [];
    for (let i = 0; i < 7; i++) created.push((await client.send(new CreateRestApiCommand({ name: `page-${i}` }))).id);
    const first = await client.send(new GetRestApisCommand({ limit: 3 }));
    expect(first.items).toHaveLength(3);
    expect(first.position).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateGetRestApis({ client, pageSize: 3 }, {})) seen.push(...(page.items ?? []).map((api) => api.id!));
    expect(seen).toEqual(created);
    const error = await expectAwsError(client.send(new GetRestApisCommand({ limit: 501 })));
    expect(error.name).toBe("ValidationException");
  });

  it("keeps regions and accounts apart", async () => {
    const east = apiGatewayClient(sandbox.url, { region: "ap-south-1" });
    const other = apiGatewayClient(sandbox.url, { region: "ap-south-1", accessKeyId: "111111111111" });
    const api = await east.send(new CreateRestApiCommand({ name: "mine" }));
    const theirs = await other.send(new GetRestApisCommand({}));
    expect(theirs.items ?? []).toEqual([]);
    const error = await expectAwsError(other.send(new GetRestApiCommand({ restApiId: api.id })));
    expect(error.message).toBe(`Invalid API identifier specified 111111111111:${api.id}`);
  });

  it("pins the id with the _custom_id_ tag", async () => {
    const client = apiGatewayClient(sandbox.url, { region: "us-west-1" });
    const api = await client.send(new CreateRestApiCommand({ name: "pinned", tags: { _custom_id_: "myapi" } }));
    expect(api.id).toBe("myapi");
    const error = await expectAwsError(client.send(new CreateRestApiCommand({ name: "again", tags: { _custom_id_: "myapi" } })));
    expect(error.name).toBe("ConflictException");
  });

  it("deletes an API with 202 and then no longer finds it", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(new CreateRestApiCommand({ name: "doomed" }));
    const deleted = await client.send(new DeleteRestApiCommand({ restApiId: api.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect((await expectAwsError(client.send(new GetRestApiCommand({ restApiId: api.id })))).name).toBe("NotFoundException");
  });

  it("takes a deleted API's stages out of the usage plans that list them", async () => {
    const client = apiGatewayClient(sandbox.url);
    const doomed = await createDeployedStage(client, "prod");
    const kept = await createDeployedStage(client, "prod");
    const plan = await client.send(
      new CreateUsagePlanCommand({ name: "api-cleanup", apiStages: [{ apiId: doomed.apiId, stage: "prod" }, { apiId: kept.apiId, stage: "prod" }] }),
    );
    expect((await client.send(new DeleteRestApiCommand({ restApiId: doomed.apiId }))).$metadata.httpStatusCode).toBe(202);
    expect((await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).apiStages).toEqual([{ apiId: kept.apiId, stage: "prod" }]);
  });

  it("refuses to delete an API a custom domain maps to, naming the domain, until the mapping goes", async () => {
    const client = apiGatewayClient(sandbox.url);
    const { apiId } = await createDeployedStage(client, "prod");
    const domainName = `api-guard-${Date.now().toString(36)}.example.com`;
    const certificate = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
    await client.send(new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificate, endpointConfiguration: { types: ["REGIONAL"] } }));
    await client.send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId }));
    const refused = await expectAwsError(client.send(new DeleteRestApiCommand({ restApiId: apiId })));
    expect(refused).toEqual({
      name: "BadRequestException",
      status: 400,
      message: `Deleting RestApi ${apiId} failed. Please remove all base path mappings related to the RestApi in your domains: ${domainName}`,
    });
    expect((await client.send(new GetRestApiCommand({ restApiId: apiId }))).id).toBe(apiId);
    await client.send(new DeleteBasePathMappingCommand({ domainName, basePath: "(none)" }));
    expect((await client.send(new DeleteRestApiCommand({ restApiId: apiId }))).$metadata.httpStatusCode).toBe(202);
  });
});

describe("resources", () => {
  it("builds nested paths, refuses duplicates and a second variable sibling, and deletes subtrees", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await client.send(new CreateRestApiCommand({ name: "tree" }));
    const pets = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" }));
    expect(pets.$metadata.httpStatusCode).toBe(201);
    const petId = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: pets.id, pathPart: "{petId}" }));
    expect(petId.path).toBe("/pets/{petId}");
    const duplicate = await expectAwsError(client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" })));
    expect(duplicate).toMatchObject({ name: "ConflictException", status: 409 });
    const variable = await expectAwsError(client.send(new CreateResourceCommand({ restApiId: api.id, parentId: pets.id, pathPart: "{other}" })));
    expect(variable.name).toBe("BadRequestException");
    const proxy = await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "{proxy+}" }));
    const underGreedy = await expectAwsError(client.send(new CreateResourceCommand({ restApiId: api.id, parentId: proxy.id, pathPart: "x" })));
    expect(underGreedy.name).toBe("BadRequestException");
    await client.send(new DeleteResourceCommand({ restApiId: api.id, resourceId: pets.id }));
    const left = await client.send(new GetResourcesCommand({ restApiId: api.id }));
    expect(left.items!.map((r) => r.path).sort()).toEqual(["/", "/{proxy+}"]);
  });
});
