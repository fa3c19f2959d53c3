import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand, CreateRestApiCommand, GetResourcesCommand, PutIntegrationCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { apiGatewayClient } from "./clients";
import {
  createBasePathMapping,
  createDomainName,
  deleteBasePathMapping,
  deleteDomainName,
  getDomainNameDetail,
  listDomainNames,
  retargetBasePathMapping,
  updateDomainSecurityPolicy,
} from "./domain-names";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;
const certificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/0d3a1f2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "domains-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

/** An API with a MOCK GET / deployed to the given stages. */
async function deployedApi(name: string, stages: string[]): Promise<string> {
  const client = apiGatewayClient(env);
  const api = await client.send(new CreateRestApiCommand({ name }));
  const root = (await client.send(new GetResourcesCommand({ restApiId: api.id }))).items![0]!;
  await client.send(new PutMethodCommand({ restApiId: api.id, resourceId: root.id, httpMethod: "GET", authorizationType: "NONE" }));
  await client.send(new PutIntegrationCommand({ restApiId: api.id, resourceId: root.id, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  for (const stageName of stages) await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName }));
  return api.id!;
}

describe("domain names through the SDK, reshaped for the console", () => {
  it("reads a regional domain's certificate and target from the regional members, an edge one's from the distribution members", async () => {
    const regional = await createDomainName(env, { domainName: "api.regional.example.com", endpointType: "REGIONAL", certificateArn, securityPolicy: "TLS_1_2" });
    expect(regional.value).toMatchObject({ domainName: "api.regional.example.com", endpointType: "REGIONAL", certificateArn, securityPolicy: "TLS_1_2", status: "AVAILABLE" });
    expect(regional.value.targetDomainName).toMatch(/^d-[a-z0-9]+\.execute-api\.us-east-1\.amazonaws\.com$/);
    expect(regional.requestId).toBeTruthy();

    const edge = await createDomainName(env, { domainName: "api.edge.example.com", endpointType: "EDGE", certificateArn, securityPolicy: "TLS_1_0" });
    expect(edge.value).toMatchObject({ endpointType: "EDGE", certificateArn, securityPolicy: "TLS_1_0", targetHostedZoneId: "Z2FDTNDATAQYW2" });
    expect(edge.value.targetDomainName).toMatch(/\.cloudfront\.net$/);

    const updated = await updateDomainSecurityPolicy(env, "api.edge.example.com", "TLS_1_2");
    expect(updated.value.securityPolicy).toBe("TLS_1_2");
  });

  it("maps the root and v2, retargets a mapping, lists counts, and deletes a domain with its mappings", async () => {
    const apiA = await deployedApi("versions-a", ["prod"]);
    const apiB = await deployedApi("versions-b", ["prod", "beta"]);
    await createDomainName(env, { domainName: "versions.example.com", endpointType: "REGIONAL", certificateArn, securityPolicy: "TLS_1_2" });
    expect((await createBasePathMapping(env, "versions.example.com", { basePath: "", restApiId: apiA, stage: "prod" })).value).toEqual({ basePath: "(none)", restApiId: apiA, stage: "prod" });
    await createBasePathMapping(env, "versions.example.com", { basePath: "v2", restApiId: apiB, stage: "prod" });
    expect((await retargetBasePathMapping(env, "versions.example.com", "v2", { restApiId: apiB, stage: "beta" })).value).toEqual({ basePath: "v2", restApiId: apiB, stage: "beta" });

    const detail = await getDomainNameDetail(env, "versions.example.com");
    expect(detail?.mappings).toEqual([
      { basePath: "(none)", restApiId: apiA, stage: "prod" },
      { basePath: "v2", restApiId: apiB, stage: "beta" },
    ]);
    const listed = (await listDomainNames(env)).find((domain) => domain.domainName === "versions.example.com");
    expect(listed?.mappings).toHaveLength(2);

    await deleteBasePathMapping(env, "versions.example.com", "(none)");
    expect((await getDomainNameDetail(env, "versions.example.com"))?.mappings.map((mapping) => mapping.basePath)).toEqual(["v2"]);
    await deleteDomainName(env, "versions.example.com");
    expect(await getDomainNameDetail(env, "versions.example.com")).toBeNull();
  });

  it("turns AWS's refusals into console errors a form can place", async () => {
    const apiA = await deployedApi("refusals", ["prod"]);
    await createDomainName(env, { domainName: "refusals.example.com", endpointType: "REGIONAL", certificateArn, securityPolicy: "TLS_1_2" });
    await createBasePathMapping(env, "refusals.example.com", { basePath: "v1", restApiId: apiA, stage: "prod" });
    const duplicate = await createBasePathMapping(env, "refusals.example.com", { basePath: "v1", restApiId: apiA, stage: "prod" }).catch((error: unknown) => error);
    expect(duplicate).toBeInstanceOf(ConsoleError);
    expect(duplicate).toMatchObject({ code: "conflict", message: expect.stringMatching(/Base path already exists/) });
    const noStage = await createBasePathMapping(env, "refusals.example.com", { basePath: "v9", restApiId: apiA, stage: "nope" }).catch((error: unknown) => error);
    expect(noStage).toMatchObject({ code: "validation", message: "Invalid stage identifier specified" });
    const taken = await createDomainName(env, { domainName: "refusals.example.com", endpointType: "REGIONAL", certificateArn, securityPolicy: "TLS_1_2" }).catch((error: unknown) => error);
    expect(taken).toMatchObject({ code: "conflict" });
  });
});
