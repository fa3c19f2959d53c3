import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import {
  CreateVpcLinkCommand,
  DeleteVpcLinkCommand,
  GetIntegrationCommand,
  GetTagsCommand,
  GetVpcLinkCommand,
  GetVpcLinksCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  TagResourceCommand,
  UpdateVpcLinkCommand,
  paginateGetVpcLinks,
  type APIGatewayClient,
  type VpcLink,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import type { SandboxProcess } from "./support/sandbox-process";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { awsCliEnv } from "./support/aws-cli-env";
import { addMethod, createApi, deploy, stageUrl } from "./support/data-plane-fixtures";

// A short lifecycle delay, to wait out; states that must hold still are tested on a sandbox whose delay is long.
const sandbox = sandboxForFile({ args: ["--vpc-link-delay", "300"] });
const run = promisify(execFile);

// Each scenario runs in an account of its own (the sandbox reads the account from a 12-digit access key id).
let nextAccount = 410_000_000_000;
const freshClient = (on: SandboxProcess = sandbox): APIGatewayClient => apiGatewayClient(() => on.url, { accessKeyId: String(nextAccount++) });

const nlbArn = (name = "my-nlb") => `arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/${name}/1f8df693cd094a72`;
const albArn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls GetVpcLink until `status`. */
async function waitForStatus(client: APIGatewayClient, vpcLinkId: string, status: string): Promise<void> {
  let last: string | undefined;
  for (let attempt = 0; attempt < 60; attempt++) {
    last = (await client.send(new GetVpcLinkCommand({ vpcLinkId }))).status;
    if (last === status) return;
    await sleep(50);
  }
  throw new Error(`VPC link never reached ${status}; last saw ${last}`);
}

/** Polls GetVpcLinks until the link is no longer listed. */
async function waitUntilUnlisted(client: APIGatewayClient, vpcLinkId: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const { items = [] } = await client.send(new GetVpcLinksCommand({}));
    if (!items.some((link) => link.id === vpcLinkId)) return;
    await sleep(50);
  }
  throw new Error(`VPC link ${vpcLinkId} was never gone`);
}

async function availableLink(client: APIGatewayClient, name = "link"): Promise<VpcLink> {
  const link = await client.send(new CreateVpcLinkCommand({ name, targetArns: [nlbArn()] }));
  await waitForStatus(client, link.id!, "AVAILABLE");
  return link;
}

// The backend a private integration reaches: the sandbox has no NLB, so it calls the integration's URI itself.
let backend: Server;
let backendUrl: string;

beforeAll(async () => {
  backend = createServer((request, response) => {
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ reached: request.url }));
  });
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve));
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
});
afterAll(async () => {
  backend.closeAllConnections();
  await new Promise((resolve) => backend.close(resolve));
});

async function deployThroughLink(client: APIGatewayClient, connectionId: string, variables?: Record<string, string>) {
  const api = await createApi(client, "private-proxy");
  const integration = { type: "HTTP_PROXY" as const, integrationHttpMethod: "GET", uri: `${backendUrl}/inside`, connectionType: "VPC_LINK" as const, connectionId };
  await addMethod(client, api, api.rootId, "GET", integration);
  await deploy(client, api, "prod", variables);
  return api;
}

describe("VPC link lifecycle", () => {
  it("answers 202 PENDING on create, then AVAILABLE with AWS's status message", async () => {
    const client = freshClient();
    const created = await client.send(
      new CreateVpcLinkCommand({ name: "orders", description: "to the orders NLB", targetArns: [nlbArn()], tags: { team: "payments" } }),
    );
    expect(created.$metadata.httpStatusCode).toBe(202);
    expect(created).toMatchObject({ name: "orders", description: "to the orders NLB", targetArns: [nlbArn()], status: "PENDING", tags: { team: "payments" } });
    expect(created.id).toMatch(/^[a-z0-9]{6}$/);
    expect(created.statusMessage).toBeUndefined();
    await waitForStatus(client, created.id!, "AVAILABLE");
    const available = await client.send(new GetVpcLinkCommand({ vpcLinkId: created.id }));
    expect(available).toMatchObject({ status: "AVAILABLE", statusMessage: "Your vpc link is ready for use", name: "orders" });
  });

  it("goes FAILED with 'NLB ARN is malformed' when the target is not a Network Load Balancer", async () => {
    const client = freshClient();
    const created = await client.send(new CreateVpcLinkCommand({ name: "alb", targetArns: [albArn] }));
    expect(created.status).toBe("PENDING");
    await waitForStatus(client, created.id!, "FAILED");
    expect((await client.send(new GetVpcLinkCommand({ vpcLinkId: created.id }))).statusMessage).toBe("NLB ARN is malformed");
  });

  it("is gone once a delete (202) has run its course", async () => {
    const client = freshClient();
    const link = await availableLink(client);
    const deleted = await client.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    await waitUntilUnlisted(client, link.id!);
    const gone = await expectAwsError(client.send(new GetVpcLinkCommand({ vpcLinkId: link.id })));
    expect(gone).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Vpc Link identifier specified" });
  });
});

describe("CreateVpcLink validation", () => {
  it("requires targetArns", async () => {
    const error = await expectAwsError(freshClient().send(new CreateVpcLinkCommand({ name: "none", targetArns: undefined })));
    expect(error).toEqual({
      name: "ValidationException",
      status: 400,
      message: "1 validation error detected: Value null at 'createVpcLinkInput.targetArns' failed to satisfy constraint: Member must not be null",
    });
  });

  it("refuses more than one target ARN", async () => {
    const error = await expectAwsError(freshClient().send(new CreateVpcLinkCommand({ name: "two", targetArns: [nlbArn("a"), nlbArn("b")] })));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "More than one target arn specified for vpc link." });
  });

  it("refuses an empty targetArns list", async () => {
    const error = await expectAwsError(freshClient().send(new CreateVpcLinkCommand({ name: "empty", targetArns: [] })));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "No target arn specified for vpc link." });
  });

  it("refuses the 21st VPC link in an account and region with LimitExceededException", async () => {
    const client = freshClient();
    for (let i = 0; i < 20; i++) await client.send(new CreateVpcLinkCommand({ name: `l${i}`, targetArns: [nlbArn()] }));
    const error = await expectAwsError(client.send(new CreateVpcLinkCommand({ name: "l20", targetArns: [nlbArn()] })));
    expect(error).toEqual({ name: "LimitExceededException", status: 429, message: "You have reached the limit of 20 VPC links in this region" });
  });
});

describe("reading, updating and tagging VPC links", () => {
  it("pages GetVpcLinks with limit and position", async () => {
    const client = freshClient();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await client.send(new CreateVpcLinkCommand({ name: `p${i}`, targetArns: [nlbArn()] }))).id!);
    const pages: string[][] = [];
    for await (const page of paginateGetVpcLinks({ client, pageSize: 2 }, {})) pages.push(page.items!.map((link) => link.id!));
    expect(pages).toEqual([ids.slice(0, 2), ids.slice(2)]);
  });

  it("answers NotFoundException for an unknown id", async () => {
    const error = await expectAwsError(freshClient().send(new GetVpcLinkCommand({ vpcLinkId: "nope12" })));
    expect(error).toEqual({ name: "NotFoundException", status: 404, message: "Invalid Vpc Link identifier specified" });
  });

  it("replaces the name and description, and refuses to change the target", async () => {
    const client = freshClient();
    const link = await client.send(new CreateVpcLinkCommand({ name: "old", description: "before", targetArns: [nlbArn()] }));
    const updated = await client.send(
      new UpdateVpcLinkCommand({
        vpcLinkId: link.id,
        patchOperations: [
          { op: "replace", path: "/name", value: "new" },
          { op: "replace", path: "/description", value: "after" },
        ],
      }),
    );
    expect(updated).toMatchObject({ id: link.id, name: "new", description: "after", targetArns: [nlbArn()] });
    const error = await expectAwsError(
      client.send(new UpdateVpcLinkCommand({ vpcLinkId: link.id, patchOperations: [{ op: "replace", path: "/targetArns", value: nlbArn("other") }] })),
    );
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Target arns are not allowed to be changed/added." });
  });

  it("tags a link through its ARN, and GetVpcLink shows the tags", async () => {
    const client = freshClient();
    const link = await client.send(new CreateVpcLinkCommand({ name: "tagged", targetArns: [nlbArn()] }));
    const resourceArn = `arn:aws:apigateway:us-east-1::/vpclinks/${link.id}`;
    await client.send(new TagResourceCommand({ resourceArn, tags: { env: "prod" } }));
    expect((await client.send(new GetTagsCommand({ resourceArn }))).tags).toEqual({ env: "prod" });
    expect((await client.send(new GetVpcLinkCommand({ vpcLinkId: link.id }))).tags).toEqual({ env: "prod" });
  });

  it("lists VPC links through the AWS CLI", async () => {
    const account = String(nextAccount++);
    const client = apiGatewayClient(sandbox.url, { accessKeyId: account });
    const link = await availableLink(client, "cli");
    const { stdout } = await run("aws", ["apigateway", "get-vpc-links", "--endpoint-url", sandbox.url, "--output", "json"], {
      env: awsCliEnv(account),
      timeout: 60_000,
    });
    expect(JSON.parse(stdout)).toEqual({
      items: [{ id: link.id, name: "cli", targetArns: [nlbArn()], status: "AVAILABLE", statusMessage: "Your vpc link is ready for use" }],
    });
  });
});

describe("integrations through a VPC link", () => {
  async function putVpcLinkIntegration(client: APIGatewayClient, connectionId: string | undefined) {
    const api = await createApi(client, "private");
    await client.send(new PutMethodCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", authorizationType: "NONE" }));
    return client.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: api.rootId,
        httpMethod: "GET",
        type: "HTTP_PROXY",
        integrationHttpMethod: "GET",
        uri: "http://my-nlb.elb.us-east-1.amazonaws.com/",
        connectionType: "VPC_LINK",
        connectionId,
      }),
    );
  }

  it("refuses a connectionId that names no VPC link", async () => {
    const error = await expectAwsError(putVpcLinkIntegration(freshClient(), "nope12"));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Invalid Vpc Link identifier specified" });
  });

  it("refuses VPC_LINK without a connectionId", async () => {
    const error = await expectAwsError(putVpcLinkIntegration(freshClient(), undefined));
    expect(error).toEqual({ name: "BadRequestException", status: 400, message: "Connection id must be specified for a VPC_LINK connection type" });
  });

  it("accepts a known VPC link id or a stage variable reference", async () => {
    const client = freshClient();
    const link = await client.send(new CreateVpcLinkCommand({ name: "known", targetArns: [nlbArn()] }));
    const direct = await putVpcLinkIntegration(client, link.id);
    expect(direct).toMatchObject({ connectionType: "VPC_LINK", connectionId: link.id });
    const viaVariable = await putVpcLinkIntegration(client, "${stageVariables.vpcLinkId}");
    expect(viaVariable.connectionId).toBe("${stageVariables.vpcLinkId}");
  });
});

describe("serving a private integration", () => {
  it.each([
    ["the link's id", (id: string) => ({ connectionId: id, variables: undefined })],
    ["a stage variable holding the link's id", (id: string) => ({ connectionId: "${stageVariables.vpcLinkId}", variables: { vpcLinkId: id } })],
  ])("calls the integration's URI directly once the link is AVAILABLE, with connectionId %s", async (_, connection) => {
    const client = freshClient();
    const link = await availableLink(client);
    const { connectionId, variables } = connection(link.id!);
    const api = await deployThroughLink(client, connectionId, variables);
    const served = await fetch(stageUrl(sandbox.url, api, "prod"));
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual({ reached: "/inside" });
  });

  it("refuses to delete a link a deployed stage uses, naming the stage's methods", async () => {
    const client = freshClient();
    const link = await availableLink(client);
    const api = await deployThroughLink(client, link.id!);
    const integration = await client.send(new GetIntegrationCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET" }));
    expect(integration.connectionId).toBe(link.id);
    const error = await expectAwsError(client.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id })));
    expect(error).toEqual({
      name: "BadRequestException",
      status: 400,
      message: `Cannot delete vpc link. Vpc link '${link.id}', is referenced in [${api.id}:GET:${api.rootId}:prod] in format of [RESTApiId:Method:Resource:Stage].`,
    });
  });
});

describe("while a VPC link is still settling", () => {
  const slow = sandboxForFile({ args: ["--vpc-link-delay", "600000"] });

  it("answers 500 Internal server error through a link that is still PENDING", async () => {
    const client = freshClient(slow);
    const link = await client.send(new CreateVpcLinkCommand({ name: "pending", targetArns: [nlbArn()] }));
    const api = await deployThroughLink(client, link.id!);
    const response = await fetch(stageUrl(slow.url, api, "prod"));
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ message: "Internal server error" });
  });

  it("keeps a deleted link listed as DELETING until the delete completes", async () => {
    const client = freshClient(slow);
    const link = await client.send(new CreateVpcLinkCommand({ name: "leaving", targetArns: [nlbArn()] }));
    await client.send(new DeleteVpcLinkCommand({ vpcLinkId: link.id }));
    expect((await client.send(new GetVpcLinkCommand({ vpcLinkId: link.id }))).status).toBe("DELETING");
    expect((await client.send(new GetVpcLinksCommand({}))).items).toMatchObject([{ id: link.id, status: "DELETING" }]);
  });
});
