import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  DeleteApiKeyCommand,
  GetApiKeyCommand,
  GetApiKeysCommand,
  GetUsagePlanKeysCommand,
  ImportApiKeysCommand,
  UpdateApiKeyCommand,
  paginateGetApiKeys,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { createDeployedStage } from "./support/deployed-stage";

const sandbox = sandboxForFile();

const client = () => apiGatewayClient(sandbox.url);
const uniqueValue = (prefix: string) => `${prefix}${"x".repeat(24)}${Math.random().toString(36).slice(2, 10)}`;

describe("API keys", () => {
  it("creates a disabled key with a generated 40-character value and AWS's fields", async () => {
    const key = await client().send(new CreateApiKeyCommand({ name: "generated", description: "first", customerId: "c-1", tags: { team: "a" } }));
    expect(key.$metadata.httpStatusCode).toBe(201);
    expect(key.id).toMatch(/^[a-z0-9]{10}$/);
    expect(key.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(key).toMatchObject({ name: "generated", description: "first", customerId: "c-1", enabled: false, stageKeys: [], tags: { team: "a" } });
    expect(key.createdDate).toBeInstanceOf(Date);
    expect(key.lastUpdatedDate).toEqual(key.createdDate);
  });

  it("keeps a given value and rejects values outside 20..128 characters", async () => {
    const value = uniqueValue("given");
    const key = await client().send(new CreateApiKeyCommand({ name: "given", value, enabled: true }));
    expect(key).toMatchObject({ value, enabled: true });
    const short = await expectAwsError(client().send(new CreateApiKeyCommand({ value: "tooshort" })));
    expect(short).toMatchObject({ name: "BadRequestException", status: 400, message: "API Key value should be at least 20 characters" });
    const long = await expectAwsError(client().send(new CreateApiKeyCommand({ value: "y".repeat(129) })));
    expect(long).toMatchObject({ name: "BadRequestException", status: 400 });
  });

  it("refuses a second key with the same value", async () => {
    const value = uniqueValue("dup");
    await client().send(new CreateApiKeyCommand({ name: "one", value }));
    const error = await expectAwsError(client().send(new CreateApiKeyCommand({ name: "two", value })));
    expect(error).toMatchObject({ name: "ConflictException", status: 409, message: "API Key already exists" });
  });

  it("shows the value only when GetApiKey asks for it", async () => {
    const created = await client().send(new CreateApiKeyCommand({ name: "hidden" }));
    const plain = await client().send(new GetApiKeyCommand({ apiKey: created.id }));
    expect(plain.name).toBe("hidden");
    expect(plain.value).toBeUndefined();
    const withValue = await client().send(new GetApiKeyCommand({ apiKey: created.id, includeValue: true }));
    expect(withValue.value).toBe(created.value);
  });

  it("answers NotFoundException for an unknown key", async () => {
    const error = await expectAwsError(client().send(new GetApiKeyCommand({ apiKey: "nope123456" })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid API Key identifier specified" });
  });

  it("filters GetApiKeys by name prefix and customer id, with values only on request", async () => {
    await client().send(new CreateApiKeyCommand({ name: "filter-alpha", customerId: "acme" }));
    await client().send(new CreateApiKeyCommand({ name: "filter-beta", customerId: "other" }));
    const byName = await client().send(new GetApiKeysCommand({ nameQuery: "filter-" }));
    expect(byName.items!.map((key) => key.name).sort()).toEqual(["filter-alpha", "filter-beta"]);
    expect(byName.items!.every((key) => key.value === undefined)).toBe(true);
    const byCustomer = await client().send(new GetApiKeysCommand({ nameQuery: "filter-", customerId: "acme", includeValues: true }));
    expect(byCustomer.items!.map((key) => key.name)).toEqual(["filter-alpha"]);
    expect(byCustomer.items![0]!.value).toMatch(/^[A-Za-z0-9]{40}$/);
  });

  it("pages GetApiKeys with limit and position and the paginator sees every key once", async () => {
    for (let i = 0; i < 5; i++) await client().send(new CreateApiKeyCommand({ name: `page-${i}` }));
    const first = await client().send(new GetApiKeysCommand({ nameQuery: "page-", limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.position).toBeTruthy();
    const second = await client().send(new GetApiKeysCommand({ nameQuery: "page-", limit: 2, position: first.position }));
    expect(second.items!.map((key) => key.id)).not.toContain(first.items![0]!.id);
    const seen: string[] = [];
    for await (const page of paginateGetApiKeys({ client: client(), pageSize: 2 }, { nameQuery: "page-" })) {
      seen.push(...page.items!.map((key) => key.name!));
    }
    expect(seen.sort()).toEqual(["page-0", "page-1", "page-2", "page-3", "page-4"]);
  });

  it("updates name, description, enabled and customer id through patches", async () => {
    const key = await client().send(new CreateApiKeyCommand({ name: "before" }));
    const updated = await client().send(
      new UpdateApiKeyCommand({
        apiKey: key.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "after" },
          { op: "replace", path: "/description", value: "described" },
          { op: "replace", path: "/enabled", value: "true" },
          { op: "replace", path: "/customerId", value: "cust-9" },
        ],
      }),
    );
    expect(updated).toMatchObject({ name: "after", description: "described", enabled: true, customerId: "cust-9" });
    expect((await client().send(new GetApiKeyCommand({ apiKey: key.id }))).name).toBe("after");
    const badPath = await expectAwsError(client().send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "replace", path: "/value", value: "x" }] })));
    expect(badPath).toMatchObject({ name: "BadRequestException", status: 400, message: "Invalid patch path /value" });
    const badOp = await expectAwsError(client().send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "add", path: "/name", value: "x" }] })));
    expect(badOp).toMatchObject({ name: "BadRequestException", message: "Invalid patch operation specified. Must be one of: [replace]" });
  });

  it("adds and removes stage keys for stages that exist, and refuses unknown ones", async () => {
    const { apiId, stageName } = await createDeployedStage(client(), "keys");
    const key = await client().send(new CreateApiKeyCommand({ name: "staged", stageKeys: [{ restApiId: apiId, stageName }] }));
    expect(key.stageKeys).toEqual([`${apiId}/${stageName}`]);
    const removed = await client().send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "remove", path: "/stages", value: `${apiId}/${stageName}` }] }));
    expect(removed.stageKeys).toEqual([]);
    const added = await client().send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "add", path: "/stages", value: `${apiId}/${stageName}` }] }));
    expect(added.stageKeys).toEqual([`${apiId}/${stageName}`]);
    const noStage = await expectAwsError(client().send(new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "add", path: "/stages", value: `${apiId}/nostage` }] })));
    expect(noStage).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid stage identifier specified" });
    const noApi = await expectAwsError(client().send(new CreateApiKeyCommand({ stageKeys: [{ restApiId: "missing123", stageName: "prod" }] })));
    expect(noApi).toMatchObject({ name: "NotFoundException", message: "Invalid API identifier specified 000000000000:missing123" });
  });

  it("deletes a key, after which it is not found", async () => {
    const key = await client().send(new CreateApiKeyCommand({ name: "doomed" }));
    const deleted = await client().send(new DeleteApiKeyCommand({ apiKey: key.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    expect((await expectAwsError(client().send(new GetApiKeyCommand({ apiKey: key.id })))).name).toBe("NotFoundException");
    expect((await expectAwsError(client().send(new DeleteApiKeyCommand({ apiKey: key.id })))).status).toBe(404);
  });
});

describe("ImportApiKeys", () => {
  const csv = (text: string) => new TextEncoder().encode(text);

  it("imports keys from AWS's CSV format, in any column order and case, into usage plans", async () => {
    const plan = await client().send(new CreateUsagePlanCommand({ name: "import-target" }));
    const first = uniqueValue("imp1");
    const second = uniqueValue("imp2");
    const body = `Name,key,description,Enabled,usageplanIds\nImportedOne,${first},An imported key,TRUE,${plan.id}\nImportedTwo,${second},,false,\n`;
    const result = await client().send(new ImportApiKeysCommand({ body: csv(body), format: "csv" }));
    expect(result.$metadata.httpStatusCode).toBe(201);
    expect(result.ids).toHaveLength(2);
    expect(result.warnings).toBeUndefined();
    const one = await client().send(new GetApiKeyCommand({ apiKey: result.ids![0], includeValue: true }));
    expect(one).toMatchObject({ name: "ImportedOne", value: first, description: "An imported key", enabled: true });
    expect((await client().send(new GetApiKeyCommand({ apiKey: result.ids![1] }))).enabled).toBe(false);
    const planKeys = await client().send(new GetUsagePlanKeysCommand({ usagePlanId: plan.id }));
    expect(planKeys.items!.map((key) => key.id)).toEqual([result.ids![0]]);
  });

  it("overwrites a key imported again with the same value", async () => {
    const value = uniqueValue("again");
    const first = await client().send(new ImportApiKeysCommand({ body: csv(`key,name\n${value},First\n`), format: "csv" }));
    const second = await client().send(new ImportApiKeysCommand({ body: csv(`Key,Name,Description\n${value},Second,"quoted, with comma"\n`), format: "csv" }));
    expect(second.ids).toEqual(first.ids);
    expect(await client().send(new GetApiKeyCommand({ apiKey: second.ids![0] }))).toMatchObject({ name: "Second", description: "quoted, with comma" });
  });

  it("reports bad rows as warnings, or rejects the whole file with failOnWarnings", async () => {
    const good = uniqueValue("good");
    const body = `name,key\nshort,abc\nfine,${good}\n`;
    const strict = await expectAwsError(client().send(new ImportApiKeysCommand({ body: csv(body), format: "csv", failOnWarnings: true })));
    expect(strict).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(strict.message).toContain("Line 2");
    expect((await client().send(new GetApiKeysCommand({ nameQuery: "fine" }))).items).toEqual([]);
    const lenient = await client().send(new ImportApiKeysCommand({ body: csv(body), format: "csv" }));
    expect(lenient.ids).toHaveLength(1);
    expect(lenient.warnings).toEqual(["Line 2: a Key value must be between 20 and 128 characters"]);
  });

  it("rejects a file without the Name and Key columns", async () => {
    const error = await expectAwsError(client().send(new ImportApiKeysCommand({ body: csv("description,enabled\nx,true\n"), format: "csv" })));
    expect(error).toMatchObject({ name: "BadRequestException", status: 400, message: "The API key file must have a Name and a Key column" });
  });
});

describe("API key limit", () => {
  const fresh = sandboxForFile();

  it("refuses the 10,001st key in a region", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `bulk-${i},bulkkey${String(i).padStart(20, "0")}`);
    const imported = await apiGatewayClient(fresh.url).send(
      new ImportApiKeysCommand({ body: new TextEncoder().encode(`name,key\n${rows.join("\n")}\n`), format: "csv" }),
    );
    expect(imported.ids).toHaveLength(10_000);
    const error = await expectAwsError(apiGatewayClient(fresh.url).send(new CreateApiKeyCommand({ name: "one-too-many" })));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429, message: "You have reached the limit of 10000 API keys in this region" });
    const otherRegion = await apiGatewayClient(fresh.url, { region: "eu-west-1" }).send(new CreateApiKeyCommand({ name: "elsewhere" }));
    expect(otherRegion.id).toBeTruthy();
  });
});
