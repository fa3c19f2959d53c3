import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  CreateUsagePlanCommand,
  GenerateClientCertificateCommand,
  GetApiKeyCommand,
  GetClientCertificateCommand,
  GetRestApiCommand,
  GetStageCommand,
  GetTagsCommand,
  GetUsagePlanCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from "@aws-sdk/client-api-gateway";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);

const run = promisify(execFile);
const apiArn = (id: string, region = "us-east-1") => `arn:aws:apigateway:${region}::/restapis/${id}`;

describe("tags", () => {
  it("tags and untags a REST API, and GetRestApi shows the same tags", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "tags", tags: { team: "a" } }));
    const resourceArn = apiArn(api.id!);
    const tagged = await client.send(new TagResourceCommand({ resourceArn, tags: { env: "dev", team: "b" } }));
    expect(tagged.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ team: "b", env: "dev" });
    expect((await client.send(new GetRestApiCommand({ restApiId: api.id }))).tags).toEqual({ team: "b", env: "dev" });
    const untagged = await client.send(new UntagResourceCommand({ resourceArn, tagKeys: ["team", "absent"] }));
    expect(untagged.$metadata.httpStatusCode).toBe(204);
    expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ env: "dev" });
  });

  it("tags stages, API keys, usage plans and client certificates in their own tags field", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "tagged-entities" }));
    const at = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK" }));
    await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const key = await client.send(new CreateApiKeyCommand({ name: "k" }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: "p" }));
    const certificate = await client.send(new GenerateClientCertificateCommand({}));
    const base = "arn:aws:apigateway:us-east-1::";
    const entities = [
      [`${base}/restapis/${api.id}/stages/dev`, async () => (await client.send(new GetStageCommand({ restApiId: api.id, stageName: "dev" }))).tags],
      [`${base}/apikeys/${key.id}`, async () => (await client.send(new GetApiKeyCommand({ apiKey: key.id }))).tags],
      [`${base}/usageplans/${plan.id}`, async () => (await client.send(new GetUsagePlanCommand({ usagePlanId: plan.id }))).tags],
      [`${base}/clientcertificates/${certificate.clientCertificateId}`, async () => (await client.send(new GetClientCertificateCommand({ clientCertificateId: certificate.clientCertificateId }))).tags],
    ] as const;
    for (const [resourceArn, readEntityTags] of entities) {
      await client.send(new TagResourceCommand({ resourceArn, tags: { owner: "payments" } }));
      expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ owner: "payments" });
      expect(await readEntityTags()).toEqual({ owner: "payments" });
    }
  });

  it("reads the same tags through the AWS CLI, which encodes the ARN in the path its own way", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "cli-tags" }));
    const resourceArn = apiArn(api.id!);
    const env = { ...process.env, AWS_ACCESS_KEY_ID: "test", AWS_SECRET_ACCESS_KEY: "test", AWS_DEFAULT_REGION: "us-east-1" };
    const aws = (...args: string[]) => run("aws", ["--endpoint-url", sandbox.url, "apigateway", ...args, "--output", "json"], { env });
    await aws("tag-resource", "--resource-arn", resourceArn, "--tags", "team=cli,env=test");
    await aws("untag-resource", "--resource-arn", resourceArn, "--tag-keys", "env");
    const { stdout } = await aws("get-tags", "--resource-arn", resourceArn);
    expect(JSON.parse(stdout)).toEqual({ tags: { team: "cli" } });
    expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ team: "cli" });
  });

  it("answers an empty map for an entity without tags", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "untagged" }));
    expect((await client.send(new GetTagsCommand({ resourceArn: apiArn(api.id!) }))).tags).toEqual({});
  });

  it("answers NotFoundException for an ARN that names nothing in this region", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "tags" }));
    for (const resourceArn of [apiArn("nope123456"), apiArn(api.id!, "eu-west-1"), `${apiArn(api.id!)}/stages/prod`, "arn:aws:apigateway:us-east-1::/apikeys/nope"]) {
      const error = await expectAwsError(client.send(new TagResourceCommand({ resourceArn, tags: { a: "b" } })));
      expect(error).toEqual({ name: "NotFoundException", status: 404, message: `Invalid resource identifier specified: ${resourceArn}` });
    }
  });

  it("rejects a malformed ARN and reserved or oversized tags", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "tags" }));
    const malformed = await expectAwsError(client.send(new GetTagsCommand({ resourceArn: "not-an-arn" })));
    expect(malformed).toEqual({ name: "BadRequestException", status: 400, message: "Invalid ARN specified in the request: not-an-arn" });
    const resourceArn = apiArn(api.id!);
    const reserved = await expectAwsError(client.send(new TagResourceCommand({ resourceArn, tags: { "aws:owner": "x" } })));
    // AWS's text as a user reports it (serverless/serverless#9223).
    expect(reserved).toEqual({ name: "BadRequestException", status: 400, message: "Invalid tag key. Tag keys cannot start with 'aws:' (case insensitive)" });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"]));
    const tooMany = await expectAwsError(client.send(new TagResourceCommand({ resourceArn, tags: many })));
    expect(tooMany).toEqual({ name: "BadRequestException", status: 400, message: "A resource can have at most 50 tags" });
    const longKey = "k".repeat(129);
    expect(await expectAwsError(client.send(new TagResourceCommand({ resourceArn, tags: { [longKey]: "v" } })))).toEqual({
      name: "BadRequestException",
      status: 400,
      message: `Tag key must be between 1 and 128 characters: ${longKey}`,
    });
    expect(await expectAwsError(client.send(new TagResourceCommand({ resourceArn, tags: { k: "v".repeat(257) } })))).toEqual({
      name: "BadRequestException",
      status: 400,
      message: "Tag value must be at most 256 characters for key: k",
    });
    expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({});
  });

  it("requires the tags member on TagResource", async () => {
    const api = await client.send(new CreateRestApiCommand({ name: "tags" }));
    const error = await expectAwsError(client.send(new TagResourceCommand({ resourceArn: apiArn(api.id!), tags: undefined })));
    expect(error).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value null at 'tagResourceInput.tags' failed to satisfy constraint: Member must not be null",
    });
  });
});
