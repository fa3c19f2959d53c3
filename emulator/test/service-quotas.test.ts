import { afterEach, describe, expect, it } from "vitest";
import { CreateResourceCommand, CreateRestApiCommand, GetAccountCommand, GetResourcesCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { deployedMockApi, stageUrl } from "./support/data-plane-fixtures";

// Adjustable quotas (resources per API and the others AWS raises through Service Quotas): AWS's defaults unless
// raised by --quota, ARCHWAY_SANDBOX_QUOTAS or PUT /_archway/quotas.

const started: SandboxProcess[] = [];
afterEach(async () => {
  for (const sandbox of started.splice(0)) await sandbox.stop();
});

async function start(args: string[] = [], env: Record<string, string> = {}): Promise<SandboxProcess> {
  const sandbox = await startSandboxProcess({ args, env: env as NodeJS.ProcessEnv });
  started.push(sandbox);
  return sandbox;
}

/** An API holding `count` resources in all (the root included), so the next create is resource count + 1. */
async function apiWithResources(client: APIGatewayClient, count: number): Promise<{ apiId: string; rootId: string }> {
  const api = await client.send(new CreateRestApiCommand({ name: "quota", endpointConfiguration: { types: ["REGIONAL"] } }));
  const root = await client.send(new GetResourcesCommand({ restApiId: api.id! }));
  const rootId = root.items![0]!.id!;
  for (let i = 1; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, k) => `r${i + k}`);
    await Promise.all(batch.map((pathPart) => client.send(new CreateResourceCommand({ restApiId: api.id!, parentId: rootId, pathPart }))));
  }
  return { apiId: api.id!, rootId };
}

const createResource = (client: APIGatewayClient, api: { apiId: string; rootId: string }, pathPart: string) =>
  client.send(new CreateResourceCommand({ restApiId: api.apiId, parentId: api.rootId, pathPart }));

async function quotas(sandbox: SandboxProcess, method: "GET" | "PUT", body?: unknown) {
  const response = await fetch(`${sandbox.url}/_archway/quotas`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("resources per API", () => {
  it("refuses the 301st resource by default with AWS's LimitExceededException", async () => {
    const sandbox = await start();
    const client = apiGatewayClient(sandbox.url);
    const api = await apiWithResources(client, 300);
    const error = await expectAwsError(createResource(client, api, "one-too-many"));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429 });
    expect(error.message).toContain("300 resources");
  });

  it("accepts the 301st resource when --quota raises the limit", async () => {
    const sandbox = await start(["--quota", "resourcesPerApi=1000", "--quota", "stagesPerApi=20"]);
    const client = apiGatewayClient(sandbox.url);
    const api = await apiWithResources(client, 300);
    await expect(createResource(client, api, "three-hundred-and-one")).resolves.toMatchObject({ path: "/three-hundred-and-one" });
    expect((await quotas(sandbox, "GET")).json).toMatchObject({ resourcesPerApi: 1000, stagesPerApi: 20, usagePlansPerRegion: 300 });
  });

  it("reads quotas from ARCHWAY_SANDBOX_QUOTAS", async () => {
    const sandbox = await start([], { ARCHWAY_SANDBOX_QUOTAS: "resourcesPerApi=2,authorizersPerApi=50" });
    const client = apiGatewayClient(sandbox.url);
    const api = await apiWithResources(client, 2);
    expect((await expectAwsError(createResource(client, api, "third"))).name).toBe("LimitExceededException");
    expect((await quotas(sandbox, "GET")).json).toMatchObject({ resourcesPerApi: 2, authorizersPerApi: 50 });
  });

  it("applies a quota raised at run time through PUT /_archway/quotas to the next call", async () => {
    const sandbox = await start();
    const client = apiGatewayClient(sandbox.url);
    const api = await apiWithResources(client, 300);
    expect((await expectAwsError(createResource(client, api, "before"))).name).toBe("LimitExceededException");
    const raised = await quotas(sandbox, "PUT", { resourcesPerApi: 301 });
    expect(raised).toMatchObject({ status: 200, json: { resourcesPerApi: 301, stagesPerApi: 10 } });
    await expect(createResource(client, api, "after")).resolves.toMatchObject({ path: "/after" });
    expect((await expectAwsError(createResource(client, api, "beyond"))).message).toContain("301 resources");
  });
});

describe("account throttle per Region", () => {
  it("shows AWS's 10,000 rps with a 5,000 burst in GetAccount, and the quota in force once changed", async () => {
    const sandbox = await start();
    const client = apiGatewayClient(() => sandbox.url);
    expect((await client.send(new GetAccountCommand({}))).throttleSettings).toEqual({ burstLimit: 5000, rateLimit: 10000 });
    expect((await quotas(sandbox, "PUT", { accountThrottleRateLimit: 50_000, accountThrottleBurstLimit: 20_000 })).status).toBe(200);
    expect((await client.send(new GetAccountCommand({}))).throttleSettings).toEqual({ burstLimit: 20_000, rateLimit: 50_000 });
  });

  it("throttles served requests at the account's quota", async () => {
    const sandbox = await start(["--quota", "accountThrottleRateLimit=1", "--quota", "accountThrottleBurstLimit=3"]);
    const client = apiGatewayClient(() => sandbox.url);
    const api = await deployedMockApi(client, "account-throttle", '{"ok":true}');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await fetch(stageUrl(sandbox.url, api, "prod"))).status);
    // Three from the burst, then the bucket refills one token a second: the next calls, made at once, are throttled.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

describe("quota names and values", () => {
  it("refuses an unknown quota at run time, naming the valid ones, and changes nothing", async () => {
    const sandbox = await start();
    const refused = await quotas(sandbox, "PUT", { resourcesPerAPI: 1000 });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toBe(
      'Unknown quota "resourcesPerAPI"; the quotas are resourcesPerApi, stagesPerApi, authorizersPerApi, documentationPartsPerApi, usagePlansPerRegion, usagePlansPerApiKey, clientCertificatesPerRegion, vpcLinksPerRegion, publicDomainNamesPerRegion, accountThrottleRateLimit, accountThrottleBurstLimit.',
    );
    expect((await quotas(sandbox, "GET")).json).toMatchObject({ resourcesPerApi: 300 });
  });

  it("refuses a value that is not a positive whole number", async () => {
    const sandbox = await start();
    const refused = await quotas(sandbox, "PUT", { stagesPerApi: -1 });
    expect(refused).toMatchObject({ status: 400, json: { message: "Quota stagesPerApi must be a whole number from 1 to 1000000, got -1." } });
  });

  it("will not start with an unknown --quota name, and says which names exist", async () => {
    await expect(start(["--quota", "resources=1000"])).rejects.toThrow(/Unknown quota "resources"; the quotas are resourcesPerApi, stagesPerApi/);
  });
});
