import { describe, expect, it } from "vitest";
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameCommand,
  GetBasePathMappingCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  UpdateBasePathMappingCommand,
  UpdateDomainNameCommand,
  paginateGetBasePathMappings,
  paginateGetDomainNames,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { createDeployedStage } from "./support/deployed-stage";

const sandbox = sandboxForFile();

const client = () => apiGatewayClient(sandbox.url);
const certificateArn = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
let counter = 0;
const uniqueDomain = (label: string) => `${label}-${++counter}-${Date.now().toString(36)}.example.com`;
const regionalDomain = (domainName: string) =>
  client().send(new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificateArn, endpointConfiguration: { types: ["REGIONAL"] } }));

describe("custom domain names", () => {
  it("creates a regional domain name with its execute-api host and hosted zone", async () => {
    const domainName = uniqueDomain("regional");
    const domain = await client().send(
      new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificateArn, endpointConfiguration: { types: ["REGIONAL"] }, securityPolicy: "TLS_1_2", tags: { env: "test" } }),
    );
    expect(domain.$metadata.httpStatusCode).toBe(201);
    expect(domain).toMatchObject({
      domainName,
      regionalCertificateArn: certificateArn,
      regionalHostedZoneId: "Z1UJRXOUMOOFQ8",
      endpointConfiguration: { types: ["REGIONAL"] },
      domainNameStatus: "AVAILABLE",
      securityPolicy: "TLS_1_2",
      tags: { env: "test" },
    });
    expect(domain.regionalDomainName).toMatch(/^d-[a-z0-9]{10}\.execute-api\.us-east-1\.amazonaws\.com$/);
    expect(domain.distributionDomainName).toBeUndefined();
    expect(await client().send(new GetDomainNameCommand({ domainName }))).toMatchObject({ domainName, regionalDomainName: domain.regionalDomainName });
  });

  it("creates an edge-optimized domain name served by a CloudFront distribution", async () => {
    const domainName = uniqueDomain("edge");
    const domain = await client().send(new CreateDomainNameCommand({ domainName, certificateArn }));
    expect(domain).toMatchObject({ domainName, certificateArn, endpointConfiguration: { types: ["EDGE"] }, distributionHostedZoneId: "Z2FDTNDATAQYW2" });
    expect(domain.distributionDomainName).toMatch(/^d[a-z0-9]{13}\.cloudfront\.net$/);
    expect(domain.regionalDomainName).toBeUndefined();
  });

  it("records when an uploaded edge certificate arrived and needs its private key", async () => {
    const domainName = uniqueDomain("uploaded");
    const certificate = { certificateName: "mine", certificateBody: "-----BEGIN CERTIFICATE-----", certificateChain: "-----BEGIN CERTIFICATE-----" };
    const missingKey = await expectAwsError(client().send(new CreateDomainNameCommand({ domainName, ...certificate })));
    expect(missingKey).toMatchObject({ name: "BadRequestException", status: 400, message: "An uploaded certificate needs certificateName, certificateBody and certificatePrivateKey" });
    const domain = await client().send(new CreateDomainNameCommand({ domainName, ...certificate, certificatePrivateKey: "-----BEGIN PRIVATE KEY-----" }));
    expect(domain).toMatchObject({ certificateName: "mine", routingMode: "BASE_PATH_MAPPING_ONLY" });
    expect(domain.certificateUploadDate).toBeInstanceOf(Date);
    expect(JSON.stringify(domain)).not.toContain("PRIVATE KEY");
  });

  it("refuses a domain name without a certificate for its endpoint type, and a second one with the same name", async () => {
    const domainName = uniqueDomain("strict");
    const noCertificate = await expectAwsError(client().send(new CreateDomainNameCommand({ domainName, endpointConfiguration: { types: ["REGIONAL"] } })));
    expect(noCertificate).toMatchObject({
      name: "BadRequestException",
      status: 400,
      message: "A REGIONAL domain name needs a regional certificate: regionalCertificateArn or regionalCertificateName",
    });
    await regionalDomain(domainName);
    const duplicate = await expectAwsError(regionalDomain(domainName));
    expect(duplicate).toMatchObject({ name: "ConflictException", status: 409, message: "The domain name you provided already exists." });
    const badName = await expectAwsError(regionalDomain("not a host name"));
    expect(badName).toMatchObject({ name: "BadRequestException", message: "Invalid domain name specified: not a host name" });
  });

  it("answers NotFoundException for an unknown domain name", async () => {
    const error = await expectAwsError(client().send(new GetDomainNameCommand({ domainName: "missing.example.com" })));
    expect(error).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid domain name identifier specified" });
    const update = await expectAwsError(
      client().send(new UpdateDomainNameCommand({ domainName: "missing.example.com", patchOperations: [{ op: "replace", path: "/securityPolicy", value: "TLS_1_2" }] })),
    );
    expect(update).toMatchObject({ name: "NotFoundException", status: 404 });
    expect((await expectAwsError(client().send(new DeleteDomainNameCommand({ domainName: "missing.example.com" })))).status).toBe(404);
  });

  it("updates the security policy and moves an edge domain name to regional", async () => {
    const domainName = uniqueDomain("moving");
    await client().send(new CreateDomainNameCommand({ domainName, certificateArn }));
    const updated = await client().send(
      new UpdateDomainNameCommand({
        domainName,
        patchOperations: [
          { op: "replace", path: "/securityPolicy", value: "TLS_1_0" },
          { op: "replace", path: "/regionalCertificateArn", value: certificateArn },
          { op: "replace", path: "/endpointConfiguration/types/EDGE", value: "REGIONAL" },
        ],
      }),
    );
    expect(updated).toMatchObject({ securityPolicy: "TLS_1_0", endpointConfiguration: { types: ["REGIONAL"] } });
    expect(updated.regionalDomainName).toMatch(/\.execute-api\.us-east-1\.amazonaws\.com$/);
    expect(updated.distributionDomainName).toBeUndefined();
    const badPolicy = await expectAwsError(
      client().send(new UpdateDomainNameCommand({ domainName, patchOperations: [{ op: "replace", path: "/securityPolicy", value: "TLS_9" }] })),
    );
    expect(badPolicy).toMatchObject({ name: "BadRequestException", message: "Invalid security policy specified: TLS_9" });
  });

  it("pages GetDomainNames and the paginator sees every domain once", async () => {
    const created: string[] = [];
    for (let i = 0; i < 3; i++) created.push((await regionalDomain(uniqueDomain("paged"))).domainName!);
    const first = await client().send(new GetDomainNamesCommand({ limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.position).toBeTruthy();
    const seen: string[] = [];
    for await (const page of paginateGetDomainNames({ client: client(), pageSize: 2 }, {})) seen.push(...page.items!.map((domain) => domain.domainName!));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(created));
  });

  it("deletes a domain name with its base path mappings", async () => {
    const domainName = uniqueDomain("doomed");
    await regionalDomain(domainName);
    const { apiId } = await createDeployedStage(client(), "doomed");
    await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId }));
    expect((await client().send(new DeleteDomainNameCommand({ domainName }))).$metadata.httpStatusCode).toBe(202);
    expect((await expectAwsError(client().send(new GetDomainNameCommand({ domainName })))).name).toBe("NotFoundException");
    await regionalDomain(domainName);
    expect((await client().send(new GetBasePathMappingsCommand({ domainName }))).items ?? []).toEqual([]);
  });
});

describe("base path mappings", () => {
  it("maps the domain root as (none) and a named base path to an API stage", async () => {
    const domainName = uniqueDomain("mapped");
    await regionalDomain(domainName);
    const { apiId, stageName } = await createDeployedStage(client(), "v1");
    const root = await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId }));
    expect(root.$metadata.httpStatusCode).toBe(201);
    expect(root).toMatchObject({ basePath: "(none)", restApiId: apiId });
    expect(root.stage).toBeUndefined();
    const named = await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId, basePath: "pets", stage: stageName }));
    expect(named).toMatchObject({ basePath: "pets", restApiId: apiId, stage: stageName });
    expect(await client().send(new GetBasePathMappingCommand({ domainName, basePath: "(none)" }))).toMatchObject({ basePath: "(none)", restApiId: apiId });
    expect(await client().send(new GetBasePathMappingCommand({ domainName, basePath: "pets" }))).toMatchObject({ stage: stageName });
  });

  it("refuses a duplicate base path, a slash, an unknown API, stage or domain", async () => {
    const domainName = uniqueDomain("checked");
    await regionalDomain(domainName);
    const { apiId } = await createDeployedStage(client(), "v2");
    await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId, basePath: "orders" }));
    const create = (input: { restApiId: string; basePath?: string; stage?: string }, domain = domainName) =>
      client().send(new CreateBasePathMappingCommand({ domainName: domain, ...input }));
    expect(await expectAwsError(create({ restApiId: apiId, basePath: "orders" }))).toMatchObject({
      name: "ConflictException",
      status: 409,
      message: "Base path already exists for this domain name",
    });
    expect(await expectAwsError(create({ restApiId: apiId, basePath: "a/b" }))).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(await expectAwsError(create({ restApiId: "missing123", basePath: "x" }))).toMatchObject({
      name: "BadRequestException",
      message: "Invalid REST API identifier specified",
    });
    expect(await expectAwsError(create({ restApiId: apiId, basePath: "y", stage: "ghost" }))).toMatchObject({
      name: "BadRequestException",
      message: "Invalid stage identifier specified",
    });
    expect(await expectAwsError(create({ restApiId: apiId }, "missing.example.com"))).toMatchObject({
      name: "NotFoundException",
      message: "Invalid domain name identifier specified",
    });
    expect(await expectAwsError(client().send(new GetBasePathMappingCommand({ domainName, basePath: "nothing" })))).toMatchObject({
      name: "NotFoundException",
      status: 404,
      message: "Invalid base path mapping identifier specified",
    });
  });

  it("renames a base path and repoints its stage through patches", async () => {
    const domainName = uniqueDomain("renamed");
    await regionalDomain(domainName);
    const { apiId, stageName } = await createDeployedStage(client(), "v3");
    await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId, basePath: "old" }));
    const updated = await client().send(
      new UpdateBasePathMappingCommand({
        domainName,
        basePath: "old",
        patchOperations: [
          { op: "replace", path: "/basePath", value: "new" },
          { op: "replace", path: "/stage", value: stageName },
        ],
      }),
    );
    expect(updated).toMatchObject({ basePath: "new", restApiId: apiId, stage: stageName });
    expect((await expectAwsError(client().send(new GetBasePathMappingCommand({ domainName, basePath: "old" })))).name).toBe("NotFoundException");
    const badStage = await expectAwsError(
      client().send(new UpdateBasePathMappingCommand({ domainName, basePath: "new", patchOperations: [{ op: "replace", path: "/stage", value: "ghost" }] })),
    );
    expect(badStage).toMatchObject({ name: "BadRequestException", message: "Invalid stage identifier specified" });
    const other = await createDeployedStage(client(), "v3b");
    const repointed = await client().send(
      new UpdateBasePathMappingCommand({
        domainName,
        basePath: "new",
        patchOperations: [
          { op: "replace", path: "/restapiId", value: other.apiId },
          { op: "replace", path: "/stage", value: other.stageName },
        ],
      }),
    );
    expect(repointed).toMatchObject({ basePath: "new", restApiId: other.apiId, stage: other.stageName });
    const unknownApi = await expectAwsError(
      client().send(new UpdateBasePathMappingCommand({ domainName, basePath: "new", patchOperations: [{ op: "replace", path: "/restapiId", value: "missing123" }] })),
    );
    expect(unknownApi).toMatchObject({ name: "BadRequestException", message: "Invalid REST API identifier specified" });
  });

  it("pages a domain's mappings and deletes one", async () => {
    const domainName = uniqueDomain("listed");
    await regionalDomain(domainName);
    const { apiId } = await createDeployedStage(client(), "v4");
    for (const basePath of ["a", "b", "c"]) await client().send(new CreateBasePathMappingCommand({ domainName, restApiId: apiId, basePath }));
    const paths: string[] = [];
    for await (const page of paginateGetBasePathMappings({ client: client(), pageSize: 2 }, { domainName })) paths.push(...page.items!.map((m) => m.basePath!));
    expect(paths).toEqual(["a", "b", "c"]);
    expect((await client().send(new DeleteBasePathMappingCommand({ domainName, basePath: "b" }))).$metadata.httpStatusCode).toBe(202);
    const left = await client().send(new GetBasePathMappingsCommand({ domainName }));
    expect(left.items!.map((m) => m.basePath)).toEqual(["a", "c"]);
    const again = await expectAwsError(client().send(new DeleteBasePathMappingCommand({ domainName, basePath: "b" })));
    expect(again).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid base path mapping identifier specified" });
  });
});

describe("custom domain name limit", () => {
  const fresh = sandboxForFile();

  it("refuses the 121st public custom domain name in a region", async () => {
    const freshClient = apiGatewayClient(fresh.url);
    const create = (domainName: string) => freshClient.send(new CreateDomainNameCommand({ domainName, certificateArn }));
    for (let batch = 0; batch < 12; batch++) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => create(`host-${batch}-${i}.example.com`)));
    }
    const error = await expectAwsError(create("one-too-many.example.com"));
    expect(error).toMatchObject({ name: "LimitExceededException", status: 429, message: "You have reached the limit of 120 public custom domain names in this region" });
  });
});
