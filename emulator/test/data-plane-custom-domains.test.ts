import { describe, expect, it } from "vitest";
import { CreateBasePathMappingCommand, CreateDomainNameCommand, UpdateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMockMethod, createApi, deploy, getViaHost, resourceAt, stageUrl, type TestApi } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();
const client = () => apiGatewayClient(sandbox.url);
const certificateArn = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
let counter = 0;
const uniqueDomain = (label: string) => `${label}-${++counter}-${Date.now().toString(36)}.example.com`;

async function domainWithMappings(mappings: Array<{ api: TestApi; basePath?: string; stage?: string }>): Promise<string> {
  const domainName = uniqueDomain("serve");
  await client().send(new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificateArn, endpointConfiguration: { types: ["REGIONAL"] } }));
  for (const { api, basePath, stage } of mappings) {
    await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: api.id, basePath, stage }));
  }
  return domainName;
}

/** An API with GET /pets answering which API and stage served it. */
async function petsApi(name: string, stages: string[]): Promise<TestApi> {
  const api = await createApi(client(), name);
  const pets = await resourceAt(client(), api, "/pets");
  await addMockMethod(client(), api, pets, "GET", `{"api": "${name}", "stage": "$context.stage", "domain": "$context.domainName", "path": "$context.resourcePath"}`);
  for (const stage of stages) await deploy(client(), api, stage);
  return api;
}

describe("serving stages through custom domain names (Host header)", () => {
  it("routes by base path mapping: a named base path, the (none) mapping, and a mapping without a stage", async () => {
    const orders = await petsApi("orders", ["prod"]);
    const shop = await petsApi("shop", ["prod", "beta"]);
    const domain = await domainWithMappings([
      { api: orders, basePath: "orders", stage: "prod" },
      { api: shop, stage: "prod" },
    ]);
    const host = `${domain}:${sandbox.port}`;

    const named = await getViaHost(sandbox.port, host, "/orders/pets");
    expect(named.status).toBe(200);
    expect(JSON.parse(named.body)).toEqual({ api: "orders", stage: "prod", domain, path: "/pets" });

    const root = await getViaHost(sandbox.port, host, "/pets");
    expect(root.status).toBe(200);
    expect(JSON.parse(root.body)).toMatchObject({ api: "shop", stage: "prod" });

    const stageInPath = await domainWithMappings([{ api: shop, basePath: "v1" }]);
    const beta = await getViaHost(sandbox.port, stageInPath, "/v1/beta/pets");
    expect(beta.status).toBe(200);
    expect(JSON.parse(beta.body)).toMatchObject({ api: "shop", stage: "beta" });
  });

  it("answers 403 Forbidden when no mapping matches, and Missing Authentication Token for an unknown path", async () => {
    const api = await petsApi("only-orders", ["prod"]);
    const domain = await domainWithMappings([{ api, basePath: "orders", stage: "prod" }]);

    const unmapped = await getViaHost(sandbox.port, domain, "/other/pets");
    expect(unmapped.status).toBe(403);
    expect(JSON.parse(unmapped.body)).toEqual({ message: "Forbidden" });

    const unknownPath = await getViaHost(sandbox.port, domain, "/orders/cats");
    expect(unknownPath.status).toBe(403);
    expect(JSON.parse(unknownPath.body)).toEqual({ message: "Missing Authentication Token" });
  });

  it("keeps serving a custom domain when the API's default execute-api endpoint is disabled", async () => {
    const api = await petsApi("private-default", ["prod"]);
    const domain = await domainWithMappings([{ api, stage: "prod" }]);
    await client().send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/disableExecuteApiEndpoint", value: "true" }] }));

    const viaDefault = await fetch(stageUrl(sandbox.url, api, "prod", "/pets"));
    expect(viaDefault.status).toBe(403);
    const viaDomain = await getViaHost(sandbox.port, domain, "/pets");
    expect(viaDomain.status).toBe(200);
  });

  it("leaves control-plane calls alone whatever Host they carry, and other hosts to the control plane", async () => {
    const api = await petsApi("control", ["prod"]);
    const domain = await domainWithMappings([{ api, stage: "prod" }]);
    // An unknown host is not a custom domain: the request reaches the API Gateway control plane.
    const unknownHost = await getViaHost(sandbox.port, "not-a-domain.example.org", "/restapis");
    expect(unknownHost.status).not.toBe(403);
    expect(JSON.parse(unknownHost.body)).toHaveProperty("item");
    // A signed API Gateway call to the domain's Host is still a control-plane call.
    const signed = apiGatewayClient(sandbox.url);
    signed.middlewareStack.add((next) => (args) => {
      (args.request as { headers: Record<string, string> }).headers.host = domain;
      return next(args);
    }, { step: "build", name: "customHost" });
    const apis = await signed.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/description", value: "still the control plane" }] }));
    expect(apis.description).toBe("still the control plane");
  });
});
