import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  CreateRestApiCommand,
  DeleteDocumentationPartCommand,
  DeleteDocumentationVersionCommand,
  DeleteRestApiCommand,
  GetDocumentationPartCommand,
  GetDocumentationPartsCommand,
  GetDocumentationVersionCommand,
  GetDocumentationVersionsCommand,
  GetExportCommand,
  GetStageCommand,
  ImportDocumentationPartsCommand,
  UpdateDocumentationPartCommand,
  UpdateDocumentationVersionCommand,
  UpdateStageCommand,
  type APIGatewayClient,
  type DocumentationPartLocation,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { startSandboxProcess, type SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { awsCliEnv } from "./support/aws-cli-env";
import { importApi, petsDocument } from "./support/openapi-fixtures";

const run = promisify(execFile);
const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const newApi = async (name = "docs") => (await client.send(new CreateRestApiCommand({ name }))).id!;
const props = (description: string) => JSON.stringify({ description });

function createPart(restApiId: string, location: DocumentationPartLocation, properties = props("x")) {
  return client.send(new CreateDocumentationPartCommand({ restApiId, location, properties }));
}

/** An OpenAPI document carrying only documentation parts. */
function docImport(parts: unknown[]): Uint8Array {
  const document = { openapi: "3.0.1", info: { title: "docs", version: "1" }, paths: {}, "x-amazon-apigateway-documentation": { documentationParts: parts } };
  return new TextEncoder().encode(JSON.stringify(document));
}

/** Follows position tokens to the last page (the JS SDK has no paginator for these operations). */
async function pagesOf<T>(fetch: (position: string | undefined) => Promise<{ items?: T[]; position?: string }>): Promise<T[][]> {
  const pages: T[][] = [];
  let position: string | undefined;
  do {
    const page = await fetch(position);
    pages.push(page.items ?? []);
    position = page.position;
  } while (position);
  return pages;
}

async function allParts(restApiId: string) {
  const pages = await pagesOf((position) => client.send(new GetDocumentationPartsCommand({ restApiId, limit: 500, position })));
  return pages.flat();
}

describe("documentation parts", () => {
  it("creates a part with the defaults its type takes and reads it back, alone and in the list", async () => {
    const restApiId = await newApi();
    const api = await createPart(restApiId, { type: "API" }, '{ "info": { "description": "first" } }');
    expect(api.$metadata.httpStatusCode).toBe(201);
    expect(api.id).toMatch(/^[a-z0-9]{6}$/);
    expect(api.location).toEqual({ type: "API" });
    expect(api.properties).toBe('{ "info": { "description": "first" } }');
    const method = await createPart(restApiId, { type: "METHOD", path: "/pets" });
    expect(method.location).toEqual({ type: "METHOD", path: "/pets", method: "*" });
    const response = await createPart(restApiId, { type: "RESPONSE" });
    expect(response.location).toEqual({ type: "RESPONSE", path: "/", method: "*", statusCode: "*" });
    const got = await client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: method.id }));
    expect(got).toMatchObject({ id: method.id, location: method.location, properties: method.properties });
    const list = await client.send(new GetDocumentationPartsCommand({ restApiId }));
    expect(list.items?.map((part) => part.id)).toEqual([api.id, method.id, response.id]);
  });

  const allowed: Array<[string, DocumentationPartLocation, DocumentationPartLocation]> = [
    ["API takes no other field", { type: "API" }, { type: "API" }],
    ["RESOURCE takes a path", { type: "RESOURCE", path: "/pets" }, { type: "RESOURCE", path: "/pets" }],
    ["METHOD takes a path and a method", { type: "METHOD", path: "/pets", method: "GET" }, { type: "METHOD", path: "/pets", method: "GET" }],
    ["MODEL takes a name", { type: "MODEL", name: "Pet" }, { type: "MODEL", name: "Pet" }],
    ["AUTHORIZER takes a name", { type: "AUTHORIZER", name: "auth" }, { type: "AUTHORIZER", name: "auth" }],
    ["PATH_PARAMETER takes a name", { type: "PATH_PARAMETER", path: "/pets/{id}", name: "id" }, { type: "PATH_PARAMETER", path: "/pets/{id}", method: "*", name: "id" }],
    ["QUERY_PARAMETER takes a name", { type: "QUERY_PARAMETER", method: "GET", name: "page" }, { type: "QUERY_PARAMETER", path: "/", method: "GET", name: "page" }],
    ["REQUEST_HEADER takes a name", { type: "REQUEST_HEADER", name: "x-token" }, { type: "REQUEST_HEADER", path: "/", method: "*", name: "x-token" }],
    ["REQUEST_BODY may leave its name out", { type: "REQUEST_BODY", path: "/pets", method: "POST" }, { type: "REQUEST_BODY", path: "/pets", method: "POST" }],
    ["RESPONSE takes a status code", { type: "RESPONSE", statusCode: "200" }, { type: "RESPONSE", path: "/", method: "*", statusCode: "200" }],
    ["RESPONSE_HEADER takes a status code and a name", { type: "RESPONSE_HEADER", statusCode: "200", name: "Content-Type" }, { type: "RESPONSE_HEADER", path: "/", method: "*", statusCode: "200", name: "Content-Type" }],
    ["RESPONSE_BODY takes a status code", { type: "RESPONSE_BODY", statusCode: "404" }, { type: "RESPONSE_BODY", path: "/", method: "*", statusCode: "404" }],
  ];
  it.each(allowed)("accepts a valid location: %s", async (_rule, location, stored) => {
    const part = await createPart(await newApi(), location);
    expect(part.location).toEqual(stored);
  });

  const refused: Array<[string, DocumentationPartLocation, string]> = [
    ["API refuses a path", { type: "API", path: "/" }, "Invalid location: 'path' is not a valid field for a documentation part of type 'API'"],
    ["RESOURCE refuses a method", { type: "RESOURCE", method: "GET" }, "Invalid location: 'method' is not a valid field for a documentation part of type 'RESOURCE'"],
    ["METHOD refuses a status code", { type: "METHOD", statusCode: "200" }, "Invalid location: 'statusCode' is not a valid field for a documentation part of type 'METHOD'"],
    ["MODEL needs a name", { type: "MODEL" }, "Invalid location: 'name' is required for a documentation part of type 'MODEL'"],
    ["MODEL refuses a path", { type: "MODEL", name: "Pet", path: "/" }, "Invalid location: 'path' is not a valid field for a documentation part of type 'MODEL'"],
    ["AUTHORIZER needs a name", { type: "AUTHORIZER" }, "Invalid location: 'name' is required for a documentation part of type 'AUTHORIZER'"],
    ["PATH_PARAMETER needs a name", { type: "PATH_PARAMETER", path: "/pets/{id}" }, "Invalid location: 'name' is required for a documentation part of type 'PATH_PARAMETER'"],
    ["QUERY_PARAMETER needs a name", { type: "QUERY_PARAMETER" }, "Invalid location: 'name' is required for a documentation part of type 'QUERY_PARAMETER'"],
    ["REQUEST_HEADER needs a name", { type: "REQUEST_HEADER" }, "Invalid location: 'name' is required for a documentation part of type 'REQUEST_HEADER'"],
    ["REQUEST_BODY refuses a status code", { type: "REQUEST_BODY", statusCode: "200" }, "Invalid location: 'statusCode' is not a valid field for a documentation part of type 'REQUEST_BODY'"],
    ["RESPONSE refuses a name", { type: "RESPONSE", name: "x" }, "Invalid location: 'name' is not a valid field for a documentation part of type 'RESPONSE'"],
    ["RESPONSE_HEADER needs a name", { type: "RESPONSE_HEADER", statusCode: "200" }, "Invalid location: 'name' is required for a documentation part of type 'RESPONSE_HEADER'"],
    ["RESPONSE_BODY refuses a name", { type: "RESPONSE_BODY", name: "x" }, "Invalid location: 'name' is not a valid field for a documentation part of type 'RESPONSE_BODY'"],
  ];
  it.each(refused)("refuses an invalid location: %s", async (_rule, location, message) => {
    const error = await expectAwsError(createPart(await newApi(), location));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message });
  });

  it("refuses an unknown type and a malformed status code with AWS's validation messages", async () => {
    const restApiId = await newApi();
    const badType = await expectAwsError(createPart(restApiId, { type: "INVALID" as never }));
    expect(badType).toEqual({
      name: "ValidationException",
      status: 400,
      message:
        "1 validation error detected: Value 'INVALID' at 'createDocumentationPartInput.location.type' failed to satisfy constraint: Member must satisfy enum value set: [RESPONSE_BODY, RESPONSE, METHOD, MODEL, AUTHORIZER, RESPONSE_HEADER, RESOURCE, PATH_PARAMETER, REQUEST_BODY, QUERY_PARAMETER, API, REQUEST_HEADER]",
    });
    const badStatus = await expectAwsError(createPart(restApiId, { type: "RESPONSE", statusCode: "20x" }));
    expect(badStatus).toMatchObject({ name: "ValidationException", status: 400 });
    expect(badStatus.message).toContain("Value '20x' at 'createDocumentationPartInput.location.statusCode'");
  });

  it("requires properties as a JSON object in a string", async () => {
    const restApiId = await newApi();
    const missing = await expectAwsError(client.send(new CreateDocumentationPartCommand({ restApiId, location: { type: "API" }, properties: undefined })));
    expect(missing).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value null at 'createDocumentationPartInput.properties' failed to satisfy constraint: Member must not be null",
    });
    for (const properties of ["not json", "[1, 2]", '"text"']) {
      const error = await expectAwsError(createPart(restApiId, { type: "API" }, properties));
      expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid properties: the documentation part properties must be a JSON object encoded as a string" });
    }
    expect(await allParts(restApiId)).toEqual([]);
  });

  it("answers ConflictException for a second part at the same location, defaults included", async () => {
    const restApiId = await newApi();
    await createPart(restApiId, { type: "API" });
    expect(await expectAwsError(createPart(restApiId, { type: "API" }))).toEqual({
      name: "ConflictException",
      status: 409,
      message: "Documentation part already exists for the specified location: type 'API'.",
    });
    await createPart(restApiId, { type: "METHOD", path: "/pets" });
    expect(await expectAwsError(createPart(restApiId, { type: "METHOD", path: "/pets", method: "*" }))).toEqual({
      name: "ConflictException",
      status: 409,
      message: "Documentation part already exists for the specified location: type 'METHOD', path '/pets', method '*'.",
    });
    await createPart(restApiId, { type: "METHOD", path: "/pets", method: "GET" });
    expect(await allParts(restApiId)).toHaveLength(3);
  });

  it("updates only /properties with replace, in AWS's words for anything else", async () => {
    const restApiId = await newApi();
    const part = await createPart(restApiId, { type: "API" }, props("before"));
    const documentationPartId = part.id;
    const updated = await client.send(
      new UpdateDocumentationPartCommand({ restApiId, documentationPartId, patchOperations: [{ op: "replace", path: "/properties", value: props("after") }] }),
    );
    expect(updated).toMatchObject({ id: part.id, location: { type: "API" }, properties: props("after") });
    expect((await client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId }))).properties).toBe(props("after"));
    const add = await expectAwsError(
      client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId, patchOperations: [{ op: "add", path: "/properties", value: "{}" }] })),
    );
    expect(add).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch path  '/properties' specified for op 'add'. Please choose supported operations" });
    const path = await expectAwsError(
      client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId, patchOperations: [{ op: "replace", path: "/location/type", value: "MODEL" }] })),
    );
    expect(path).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch path  '/location/type' specified for op 'replace'. Must be one of: [/properties]" });
    const empty = await expectAwsError(
      client.send(new UpdateDocumentationPartCommand({ restApiId, documentationPartId, patchOperations: [{ op: "replace", path: "/properties", value: "" }] })),
    );
    expect(empty).toEqual({ name: "BadRequestException", status: 400, message: "Documentation part properties must be non-empty" });
  });

  it("deletes a part with 202 and then answers NotFoundException for it", async () => {
    const restApiId = await newApi();
    const part = await createPart(restApiId, { type: "API" });
    const deleted = await client.send(new DeleteDocumentationPartCommand({ restApiId, documentationPartId: part.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    const notFound = { name: "NotFoundException", status: 404, message: "Invalid Documentation part identifier specified" };
    expect(await expectAwsError(client.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: part.id })))).toEqual(notFound);
    expect(await expectAwsError(client.send(new DeleteDocumentationPartCommand({ restApiId, documentationPartId: part.id })))).toEqual(notFound);
    // A second part may take the freed location.
    await createPart(restApiId, { type: "API" });
  });

  it("names the missing API for create, list and delete, and the missing part for get and update", async () => {
    const missingApi = { name: "NotFoundException", status: 404, message: "Invalid API identifier specified 000000000000:nope" };
    expect(await expectAwsError(createPart("nope", { type: "API" }))).toEqual(missingApi);
    expect(await expectAwsError(client.send(new GetDocumentationPartsCommand({ restApiId: "nope" })))).toEqual(missingApi);
    expect(await expectAwsError(client.send(new DeleteDocumentationPartCommand({ restApiId: "nope", documentationPartId: "abc123" })))).toEqual(missingApi);
    const missingPart = { name: "NotFoundException", status: 404, message: "Invalid Documentation part identifier specified" };
    expect(await expectAwsError(client.send(new GetDocumentationPartCommand({ restApiId: "nope", documentationPartId: "abc123" })))).toEqual(missingPart);
    const update = new UpdateDocumentationPartCommand({ restApiId: "nope", documentationPartId: "abc123", patchOperations: [{ op: "replace", path: "/properties", value: "{}" }] });
    expect(await expectAwsError(client.send(update))).toEqual(missingPart);
  });

  it("pages through the parts with limit and position, in creation order", async () => {
    const restApiId = await newApi();
    const created = [];
    for (const name of ["a", "b", "c", "d", "e"]) created.push((await createPart(restApiId, { type: "MODEL", name })).id);
    const first = await client.send(new GetDocumentationPartsCommand({ restApiId, limit: 2 }));
    expect(first.items?.map((part) => part.id)).toEqual(created.slice(0, 2));
    expect(first.position).toBeTruthy();
    const second = await client.send(new GetDocumentationPartsCommand({ restApiId, limit: 2, position: first.position }));
    expect(second.items?.map((part) => part.id)).toEqual(created.slice(2, 4));
    const pages = await pagesOf((position) => client.send(new GetDocumentationPartsCommand({ restApiId, limit: 2, position })));
    expect(pages.map((page) => page.map((part) => part.id))).toEqual([created.slice(0, 2), created.slice(2, 4), created.slice(4)]);
    const tooMany = await expectAwsError(client.send(new GetDocumentationPartsCommand({ restApiId, limit: 501 })));
    expect(tooMany).toMatchObject({ name: "ValidationException", status: 400 });
  });

  it("filters by type, name, path and location status", async () => {
    const restApiId = await newApi();
    const model = await createPart(restApiId, { type: "MODEL", name: "PetList" });
    const other = await createPart(restApiId, { type: "MODEL", name: "Error" });
    const method = await createPart(restApiId, { type: "METHOD", path: "/pets", method: "GET" });
    const empty = await createPart(restApiId, { type: "RESOURCE", path: "/pets" }, "{}");
    const ids = async (filter: { type?: "MODEL" | "METHOD"; nameQuery?: string; path?: string; locationStatus?: "DOCUMENTED" | "UNDOCUMENTED" }) =>
      (await client.send(new GetDocumentationPartsCommand({ restApiId, ...filter }))).items?.map((part) => part.id);
    expect(await ids({ type: "MODEL" })).toEqual([model.id, other.id]);
    expect(await ids({ nameQuery: "Pet" })).toEqual([model.id]);
    expect(await ids({ path: "/pets" })).toEqual([method.id, empty.id]);
    expect(await ids({ type: "METHOD", path: "/pets" })).toEqual([method.id]);
    expect(await ids({ locationStatus: "UNDOCUMENTED" })).toEqual([empty.id]);
    expect(await ids({ locationStatus: "DOCUMENTED" })).toEqual([model.id, other.id, method.id]);
    const badStatus = await expectAwsError(client.send(new GetDocumentationPartsCommand({ restApiId, locationStatus: "SOME" as never })));
    expect(badStatus).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value 'SOME' at 'locationStatus' failed to satisfy constraint: Member must satisfy enum value set: [DOCUMENTED, UNDOCUMENTED]",
    });
  });

  it("goes with its API: a deleted API's parts cannot be listed", async () => {
    const restApiId = await newApi();
    await createPart(restApiId, { type: "API" });
    await client.send(new DeleteRestApiCommand({ restApiId }));
    const error = await expectAwsError(client.send(new GetDocumentationPartsCommand({ restApiId })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404 });
  });
});

describe("the 2,000 documentation parts quota", () => {
  const models = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ location: { type: "MODEL", name: `M${from + i}` }, properties: { description: "m" } }));
  const limit = { name: "LimitExceededException", status: 429, message: "Cannot create more than 2000 documentation parts in a REST API" };

  it("refuses the 2,001st part, by create or by import, and keeps the 2,000", async () => {
    const restApiId = await newApi();
    const imported = await client.send(new ImportDocumentationPartsCommand({ restApiId, body: docImport(models(0, 2000)) }));
    expect(imported.ids).toHaveLength(2000);
    expect(await expectAwsError(createPart(restApiId, { type: "API" }))).toEqual(limit);
    expect(await expectAwsError(client.send(new ImportDocumentationPartsCommand({ restApiId, body: docImport(models(5000, 1)) })))).toEqual(limit);
    expect(await allParts(restApiId)).toHaveLength(2000);
  });
});

describe("ImportDocumentationParts", () => {
  it("merges by default: a part at an existing location keeps its id and gains the imported attributes", async () => {
    const restApiId = await newApi();
    const kept = await createPart(restApiId, { type: "API" }, JSON.stringify({ description: "old", summary: "kept" }));
    const untouched = await createPart(restApiId, { type: "MODEL", name: "Pet" });
    const result = await client.send(
      new ImportDocumentationPartsCommand({
        restApiId,
        body: docImport([
          { location: { type: "API" }, properties: { description: "new" } },
          { location: { type: "METHOD", path: "/pets", method: "GET" }, properties: { summary: "list" } },
        ]),
      }),
    );
    expect(result.$metadata.httpStatusCode).toBe(200);
    expect(result.warnings).toBeUndefined();
    expect(result.ids).toHaveLength(2);
    expect(result.ids![0]).toBe(kept.id);
    const parts = await allParts(restApiId);
    expect(parts.map((part) => part.id)).toEqual([kept.id, untouched.id, result.ids![1]]);
    expect(JSON.parse(parts[0]!.properties!)).toEqual({ description: "new", summary: "kept" });
    expect(parts[2]).toMatchObject({ location: { type: "METHOD", path: "/pets", method: "GET" } });
    expect(JSON.parse(parts[2]!.properties!)).toEqual({ summary: "list" });
  });

  it("overwrites: the imported parts replace every existing one", async () => {
    const restApiId = await newApi();
    await createPart(restApiId, { type: "API" });
    await createPart(restApiId, { type: "MODEL", name: "Pet" });
    const result = await client.send(
      new ImportDocumentationPartsCommand({ restApiId, mode: "overwrite", body: docImport([{ location: { type: "RESOURCE", path: "/pets" }, properties: { description: "pets" } }]) }),
    );
    const parts = await allParts(restApiId);
    expect(parts.map((part) => part.id)).toEqual(result.ids);
    expect(parts[0]).toMatchObject({ location: { type: "RESOURCE", path: "/pets" } });
  });

  it("skips an invalid part with a warning, or fails the whole import with failonwarnings", async () => {
    const restApiId = await newApi();
    const body = docImport([
      { location: { type: "API" }, properties: { description: "fine" } },
      { location: { type: "MODEL" }, properties: { description: "no name" } },
    ]);
    const failed = await expectAwsError(client.send(new ImportDocumentationPartsCommand({ restApiId, body, failOnWarnings: true })));
    expect(failed).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Warnings found during import:\n\tDocumentation part 1 was not imported: Invalid location: 'name' is required for a documentation part of type 'MODEL'",
    });
    expect(await allParts(restApiId)).toEqual([]);
    const result = await client.send(new ImportDocumentationPartsCommand({ restApiId, body }));
    expect(result.ids).toHaveLength(1);
    expect(result.warnings).toEqual(["Documentation part 1 was not imported: Invalid location: 'name' is required for a documentation part of type 'MODEL'"]);
  });

  it("refuses a body that is not an OpenAPI document, as AWS words it", async () => {
    const restApiId = await newApi();
    for (const text of ["{ not json", '{"hello": "world"}']) {
      const error = await expectAwsError(client.send(new ImportDocumentationPartsCommand({ restApiId, body: new TextEncoder().encode(text) })));
      expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Unable to build importer with provided input." });
    }
  });
});

async function deployedPets(): Promise<string> {
  const restApiId = await importApi(client, petsDocument());
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  return restApiId;
}

describe("documentation versions", () => {
  it("creates, reads, lists, describes and deletes a version", async () => {
    const restApiId = await newApi();
    await createPart(restApiId, { type: "API" });
    const created = await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1.0", description: "first" }));
    expect(created.$metadata.httpStatusCode).toBe(201);
    expect(created).toMatchObject({ version: "1.0", description: "first" });
    expect(created.createdDate).toBeInstanceOf(Date);
    expect(await client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: "1.0" }))).toMatchObject({ version: "1.0", description: "first" });
    const updated = await client.send(
      new UpdateDocumentationVersionCommand({ restApiId, documentationVersion: "1.0", patchOperations: [{ op: "replace", path: "/description", value: "renamed" }] }),
    );
    expect(updated.description).toBe("renamed");
    const badPath = await expectAwsError(
      client.send(new UpdateDocumentationVersionCommand({ restApiId, documentationVersion: "1.0", patchOperations: [{ op: "replace", path: "/version", value: "2" }] })),
    );
    expect(badPath).toEqual({ name: "BadRequestException", status: 400, message: "Invalid patch path  '/version' specified for op 'replace'. Must be one of: [/description]" });
    const deleted = await client.send(new DeleteDocumentationVersionCommand({ restApiId, documentationVersion: "1.0" }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    const gone = await expectAwsError(client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: "1.0" })));
    expect(gone).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Documentation version specified" });
  });

  it("refuses a version that exists already and a version with no name", async () => {
    const restApiId = await newApi();
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "v1" }));
    const again = await expectAwsError(client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "v1" })));
    expect(again).toEqual({ name: "ConflictException", status: 409, message: "Documentation version v1 already exists" });
    const unnamed = await expectAwsError(client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: undefined })));
    expect(unnamed).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value null at 'createDocumentationVersionInput.documentationVersion' failed to satisfy constraint: Member must not be null",
    });
  });

  it("pages through versions with limit and position", async () => {
    const restApiId = await newApi();
    for (const version of ["1", "2", "3"]) await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: version }));
    const pages = await pagesOf((position) => client.send(new GetDocumentationVersionsCommand({ restApiId, limit: 2, position })));
    expect(pages.map((page) => page.map((v) => v.version))).toEqual([["1", "2"], ["3"]]);
    const all = await client.send(new GetDocumentationVersionsCommand({ restApiId }));
    expect(all.items?.map((v) => v.version)).toEqual(["1", "2", "3"]);
  });

  it("publishes a new version on the stage it names, which must exist", async () => {
    const restApiId = await deployedPets();
    await createPart(restApiId, { type: "API" });
    const missing = await expectAwsError(client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1", stageName: "prod" })));
    expect(missing).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Stage identifier specified" });
    await expect(client.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: "1" }))).rejects.toMatchObject({ name: "NotFoundException" });
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1", stageName: "dev" }));
    expect((await client.send(new GetStageCommand({ restApiId, stageName: "dev" }))).documentationVersion).toBe("1");
    const inUse = await expectAwsError(client.send(new DeleteDocumentationVersionCommand({ restApiId, documentationVersion: "1" })));
    expect(inUse).toEqual({ name: "ConflictException", status: 409, message: "Documentation version 1 is associated with stage dev and cannot be deleted" });
  });

  it("lets UpdateStage publish only a version that exists, and clear it", async () => {
    const restApiId = await deployedPets();
    const patch = (value: string) => new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/documentationVersion", value }] });
    const unknown = await expectAwsError(client.send(patch("9.9")));
    expect(unknown).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Documentation version specified" });
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "2" }));
    expect((await client.send(patch("2"))).documentationVersion).toBe("2");
    expect((await client.send(patch(""))).documentationVersion).toBeUndefined();
    await client.send(new DeleteDocumentationVersionCommand({ restApiId, documentationVersion: "2" }));
  });
});

describe("GetExport of a stage that publishes a documentation version", () => {
  type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  async function exported(restApiId: string, exportType: "oas30" | "swagger" = "oas30"): Promise<Json> {
    const result = await client.send(new GetExportCommand({ restApiId, stageName: "dev", exportType, accepts: "application/json" }));
    return JSON.parse(new TextDecoder().decode(result.body)) as Json;
  }

  async function documentedPets(): Promise<{ restApiId: string; methodPartId: string }> {
    const restApiId = await deployedPets();
    await createPart(restApiId, { type: "API" }, JSON.stringify({ info: { description: "all the pets" }, "x-team": "pets", foo: "not OpenAPI" }));
    const method = await createPart(restApiId, { type: "METHOD", path: "/pets", method: "GET" }, JSON.stringify({ summary: "List pets", foo: "bar" }));
    await createPart(restApiId, { type: "RESPONSE", path: "/pets", method: "GET", statusCode: "200" }, JSON.stringify({ description: "the pets" }));
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1.0", stageName: "dev" }));
    return { restApiId, methodPartId: method.id! };
  }

  it("adds the version's parts as x-amazon-apigateway-documentation and writes their OpenAPI attributes into the entities", async () => {
    const { restApiId } = await documentedPets();
    for (const type of ["oas30", "swagger"] as const) {
      const document = await exported(restApiId, type);
      const extension = document["x-amazon-apigateway-documentation"];
      expect(extension.version).toBe("1.0");
      expect(extension.createdDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(extension.documentationParts).toHaveLength(3);
      expect(extension.documentationParts[1]).toEqual({ location: { type: "METHOD", path: "/pets", method: "GET" }, properties: { summary: "List pets", foo: "bar" } });
      expect(document.info.description).toBe("all the pets");
      expect(document["x-team"]).toBe("pets");
      expect(document.foo).toBeUndefined();
      expect(document.paths["/pets"].get.summary).toBe("List pets");
      expect(document.paths["/pets"].get.foo).toBeUndefined();
      expect(document.paths["/pets"].get.responses["200"].description).toBe("the pets");
    }
  });

  it("keeps a version's content when parts change afterwards, until the stage publishes a newer version", async () => {
    const { restApiId, methodPartId } = await documentedPets();
    await client.send(
      new UpdateDocumentationPartCommand({
        restApiId,
        documentationPartId: methodPartId,
        patchOperations: [{ op: "replace", path: "/properties", value: JSON.stringify({ summary: "Changed" }) }],
      }),
    );
    await createPart(restApiId, { type: "MODEL", name: "Later" });
    const frozen = await exported(restApiId);
    expect(frozen.paths["/pets"].get.summary).toBe("List pets");
    expect(frozen["x-amazon-apigateway-documentation"].documentationParts).toHaveLength(3);

    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "2.0" }));
    expect((await exported(restApiId))["x-amazon-apigateway-documentation"].version).toBe("1.0");
    await client.send(new UpdateStageCommand({ restApiId, stageName: "dev", patchOperations: [{ op: "replace", path: "/documentationVersion", value: "2.0" }] }));
    const newer = await exported(restApiId);
    expect(newer["x-amazon-apigateway-documentation"].version).toBe("2.0");
    expect(newer["x-amazon-apigateway-documentation"].documentationParts).toHaveLength(4);
    expect(newer.paths["/pets"].get.summary).toBe("Changed");
  });

  it("leaves the export without documentation when the stage publishes no version", async () => {
    const restApiId = await deployedPets();
    await createPart(restApiId, { type: "METHOD", path: "/pets", method: "GET" }, JSON.stringify({ summary: "List pets" }));
    const document = await exported(restApiId);
    expect(document["x-amazon-apigateway-documentation"]).toBeUndefined();
    expect(document.paths["/pets"].get.summary).toBeUndefined();
  });
});

describe("the AWS CLI", () => {
  it("reads documentation parts with get-documentation-parts", async () => {
    const restApiId = await newApi();
    const part = await createPart(restApiId, { type: "METHOD", path: "/pets", method: "GET" }, props("list pets"));
    const { stdout } = await run("aws", ["apigateway", "get-documentation-parts", "--rest-api-id", restApiId, "--endpoint-url", sandbox.url, "--output", "json"], {
      env: awsCliEnv(),
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({ items: [{ id: part.id, location: { type: "METHOD", path: "/pets", method: "GET" }, properties: props("list pets") }] });
  });
});

describe("documentation across a restart", () => {
  const started: SandboxProcess[] = [];
  afterEach(async () => {
    for (const process of started.splice(0)) await process.stop("SIGKILL");
  });

  it("keeps parts and versions after kill -9", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "archway-docs-"));
    const first = await startSandboxProcess({ dataDir });
    started.push(first);
    const before: APIGatewayClient = apiGatewayClient(first.url);
    const restApiId = (await before.send(new CreateRestApiCommand({ name: "kept" }))).id!;
    const part = await before.send(new CreateDocumentationPartCommand({ restApiId, location: { type: "API" }, properties: props("kept") }));
    await before.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "1" }));
    await first.stop("SIGKILL");

    const second = await startSandboxProcess({ dataDir });
    started.push(second);
    const after = apiGatewayClient(second.url);
    expect((await after.send(new GetDocumentationPartCommand({ restApiId, documentationPartId: part.id }))).properties).toBe(props("kept"));
    expect((await after.send(new GetDocumentationVersionCommand({ restApiId, documentationVersion: "1" }))).version).toBe("1");
  });
});
