import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateRestApiCommand, GetRestApiCommand, GetTagsCommand, TagResourceCommand, UntagResourceCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";

let sandbox: SandboxProcess;
let client: APIGatewayClient;
beforeAll(async () => {
  sandbox = await startSandboxProcess();
  client = apiGatewayClient(sandbox.url);
});
afterAll(async () => {
  await sandbox.stop();
});

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
    expect(reserved).toEqual({ name: "BadRequestException", status: 400, message: "Tag keys starting with 'aws:' are reserved: aws:owner" });
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
      name: "BadRequestException",
      status: 400,
      message: "1 validation error detected: Value null at 'tagResourceInput.tags' failed to satisfy constraint: Member must not be null",
    });
  });
});
