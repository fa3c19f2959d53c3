import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CreateDeploymentCommand,
  CreateDocumentationPartCommand,
  CreateDocumentationVersionCommand,
  GetDocumentationPartsCommand,
  GetDocumentationVersionsCommand,
  GetExportCommand,
  GetRestApisCommand,
  ImportRestApiCommand,
  PutRestApiCommand,
  type DocumentationPart,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { awsCliEnv } from "./support/aws-cli-env";
import { importApi, petsDocument } from "./support/openapi-fixtures";

const run = promisify(execFile);
const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const encode = (document: unknown) => new TextEncoder().encode(JSON.stringify(document));

/** The pets API with documentation parts in its x-amazon-apigateway-documentation extension. */
function documented(title: string, parts: unknown[], version = "1.0.3"): Record<string, unknown> {
  return { ...petsDocument(title), "x-amazon-apigateway-documentation": { version, documentationParts: parts } };
}

const apiPart = { location: { type: "API" }, properties: { description: "the pets API", info: { description: "pets info" } } };
const methodPart = { location: { type: "METHOD", path: "/pets", method: "GET" }, properties: { summary: "list pets", description: "all of them" } };
const responsePart = { location: { type: "RESPONSE", path: "/pets", method: "GET", statusCode: "200" }, properties: { description: "the pets" } };

/** Parts as comparable values: location and parsed properties, ids left out (they differ between APIs). */
async function partsOf(restApiId: string): Promise<{ location: unknown; properties: unknown }[]> {
  const { items = [] } = await client.send(new GetDocumentationPartsCommand({ restApiId, limit: 500 }));
  return items
    .map((part: DocumentationPart) => ({ location: part.location, properties: JSON.parse(part.properties!) as unknown }))
    .sort((a, b) => JSON.stringify(a.location).localeCompare(JSON.stringify(b.location)));
}

describe("ImportRestApi with x-amazon-apigateway-documentation", () => {
  it("creates the document's parts at their locations, with the defaults a location leaves out filled in", async () => {
    const restApiId = await importApi(client, documented("doc-import", [apiPart, methodPart, responsePart, { location: { type: "RESOURCE", path: "/pets" }, properties: { description: "pets" } }]));
    expect(await partsOf(restApiId)).toEqual([
      { location: { type: "API" }, properties: apiPart.properties },
      { location: { type: "METHOD", path: "/pets", method: "GET" }, properties: methodPart.properties },
      { location: { type: "RESOURCE", path: "/pets" }, properties: { description: "pets" } },
      { location: { type: "RESPONSE", path: "/pets", method: "GET", statusCode: "200" }, properties: { description: "the pets" } },
    ]);
  });

  it("creates no documentation version from the extension's version", async () => {
    const restApiId = await importApi(client, documented("doc-version", [apiPart], "7.7"));
    expect((await client.send(new GetDocumentationVersionsCommand({ restApiId }))).items ?? []).toEqual([]);
  });

  it("imports the API without its documentation when ignore=documentation", async () => {
    const restApiId = await importApi(client, documented("doc-ignored", [apiPart, methodPart]), { ignore: "documentation" });
    expect(await partsOf(restApiId)).toEqual([]);
  });

  it("reports an invalid part as a warning and imports the others", async () => {
    const api = await client.send(new ImportRestApiCommand({ body: encode(documented("doc-warn", [apiPart, { location: { type: "MODEL" }, properties: { description: "x" } }])) }));
    expect(api.warnings).toEqual([expect.stringMatching(/^Documentation part 1 was not imported: .*'name' is required .* 'MODEL'/)]);
    expect(await partsOf(api.id!)).toEqual([{ location: { type: "API" }, properties: apiPart.properties }]);
  });

  it("fails with BadRequestException and creates no API when failonwarnings is set and a part is invalid", async () => {
    const body = encode(documented("doc-fail", [apiPart, { location: { type: "NOPE" }, properties: { description: "x" } }]));
    const failed = await expectAwsError(client.send(new ImportRestApiCommand({ body, failOnWarnings: true })));
    expect(failed).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(failed.message).toMatch(/^Warnings found during import:\n\tDocumentation part 1 was not imported: .*documentationParts\[1\]\.location\.type/);
    const { items = [] } = await client.send(new GetRestApisCommand({ limit: 500 }));
    expect(items.map((api) => api.name)).not.toContain("doc-fail");
  });
});

describe("PutRestApi with x-amazon-apigateway-documentation", () => {
  /** An API with two parts of its own: the API part (description + a tag) and the GET /pets method part. */
  async function apiWithParts(title: string): Promise<string> {
    const restApiId = await importApi(client, petsDocument(title));
    for (const [location, properties] of [
      [{ type: "API" }, { description: "old API", "x-team": "blue" }],
      [{ type: "METHOD", path: "/pets", method: "GET" }, { summary: "old summary" }],
    ] as const) {
      await client.send(new CreateDocumentationPartCommand({ restApiId, location, properties: JSON.stringify(properties) }));
    }
    return restApiId;
  }

  it("replaces the API's parts with the document's in overwrite mode", async () => {
    const restApiId = await apiWithParts("put-overwrite");
    await client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body: encode(documented("put-overwrite", [apiPart, responsePart])) }));
    expect(await partsOf(restApiId)).toEqual([
      { location: { type: "API" }, properties: apiPart.properties },
      { location: responsePart.location, properties: responsePart.properties },
    ]);
  });

  it("merges in merge mode: an imported attribute replaces the existing one, other attributes and parts stay", async () => {
    const restApiId = await apiWithParts("put-merge");
    await client.send(new PutRestApiCommand({ restApiId, mode: "merge", body: encode(documented("put-merge", [apiPart, responsePart])) }));
    expect(await partsOf(restApiId)).toEqual([
      { location: { type: "API" }, properties: { ...apiPart.properties, "x-team": "blue" } },
      { location: { type: "METHOD", path: "/pets", method: "GET" }, properties: { summary: "old summary" } },
      { location: responsePart.location, properties: responsePart.properties },
    ]);
  });

  it("leaves the API's parts alone in overwrite mode when ignore=documentation", async () => {
    const restApiId = await apiWithParts("put-ignore");
    const before = await partsOf(restApiId);
    const body = encode(documented("put-ignore", [apiPart]));
    await client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body, parameters: { ignore: "documentation" } }));
    expect(await partsOf(restApiId)).toEqual(before);
  });

  it("fails on an invalid part with failonwarnings and keeps the API's parts as they were", async () => {
    const restApiId = await apiWithParts("put-fail");
    const before = await partsOf(restApiId);
    const body = encode(documented("put-fail", [apiPart, { location: { type: "METHOD", name: "x" }, properties: {} }]));
    const failed = await expectAwsError(client.send(new PutRestApiCommand({ restApiId, mode: "overwrite", body, failOnWarnings: true })));
    expect(failed).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(failed.message).toContain("Documentation part 1 was not imported: Invalid location: 'name' is not a valid field for a documentation part of type 'METHOD'");
    expect(await partsOf(restApiId)).toEqual(before);
  });
});

describe("GetExport then ImportRestApi", () => {
  for (const exportType of ["oas30", "swagger"] as const) {
    it(`gives the new API the published documentation version's parts (${exportType})`, async () => {
      const source = await importApi(client, documented(`round-trip-${exportType}`, [apiPart, methodPart, responsePart]));
      await client.send(new CreateDocumentationPartCommand({ restApiId: source, location: { type: "RESOURCE", path: "/pets" }, properties: '{"description":"pets"}' }));
      await client.send(new CreateDeploymentCommand({ restApiId: source, stageName: "dev" }));
      await client.send(new CreateDocumentationVersionCommand({ restApiId: source, documentationVersion: "v1", stageName: "dev" }));
      const exported = await client.send(new GetExportCommand({ restApiId: source, stageName: "dev", exportType, accepts: "application/json" }));
      const copy = await client.send(new ImportRestApiCommand({ body: exported.body!, failOnWarnings: true }));
      expect(copy.warnings).toBeUndefined();
      const copied = await partsOf(copy.id!);
      expect(copied).toHaveLength(4);
      expect(copied).toEqual(await partsOf(source));
    });
  }
});

describe("aws apigateway import-rest-api", () => {
  it("carries the document's documentation parts into the new API", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "archway-import-docs-")), "api.json");
    writeFileSync(file, JSON.stringify(documented("cli-import", [methodPart])));
    const { stdout } = await run("aws", ["apigateway", "import-rest-api", "--body", `fileb://${file}`, "--endpoint-url", sandbox.url, "--output", "json"], {
      env: awsCliEnv(),
      timeout: 60_000,
    });
    const restApiId = (JSON.parse(stdout) as { id: string }).id;
    expect(await partsOf(restApiId)).toEqual([{ location: methodPart.location, properties: methodPart.properties }]);
  });
});
