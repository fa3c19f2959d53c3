import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CreateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { awsCliEnv } from "./support/aws-cli-env";
import { apiGatewayClient } from "./support/clients";

// The API Gateway scenarios through the other clients people point at the sandbox: boto3 (botocore's
// restJson1 parser and paginators) and the AWS CLI. Each scenario runs in its own account (a 12-digit key).

const run = promisify(execFile);
const script = join(import.meta.dirname, "clients/apigateway_boto3.py");
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;
const hasAwsCli = spawnSync("aws", ["--version"]).status === 0;

const sandbox = sandboxForFile();

let nextAccount = 300_000_000_000;
const newAccount = () => String(nextAccount++);

interface BotoFailure {
  class: string | null;
  code: string;
  status: number;
  message: string;
}

const botoFailure = (code: string, status: number, message?: string | ReturnType<typeof expect.stringMatching>) => ({ class: code, code, status, ...(message ? { message } : {}) });

/** Runs one scenario of clients/apigateway_boto3.py and returns what boto3 saw. */
async function boto3(scenario: string, account = newAccount()): Promise<Record<string, unknown> & { account: string }> {
  const env = { ...process.env, PYTHONWARNINGS: "ignore", AWS_CONFIG_FILE: "/nonexistent/archway-config" };
  const { stdout } = await run("python3", [script, sandbox.url, scenario, account], { env, timeout: 120_000 });
  return { ...(JSON.parse(stdout) as Record<string, unknown>), account };
}

describe.skipIf(!hasBoto3)("boto3", () => {
  it("creates, reads, renames, lists and deletes a REST API with botocore's shapes", async () => {
    const out = await boto3("rest_apis");
    expect(out).toMatchObject({
      createStatus: 201,
      name: "pets",
      createdDateIsDatetime: true,
      types: ["REGIONAL"],
      tags: { team: "a" },
      apiKeySource: "HEADER",
      getName: "pets",
      getRoot: true,
      updated: { name: "cats", description: "cat store" },
      listed: [out.id],
      deleteStatus: 202,
      afterDelete: botoFailure("NotFoundException", 404, `Invalid API identifier specified ${out.account}:${String(out.id)}`),
    });
  });

  it("pages with limit/position and boto3 paginators (PageSize, MaxItems, StartingToken)", async () => {
    const out = await boto3("pagination");
    const created = out.created as string[];
    expect(out.firstPage).toEqual({ count: 3, hasPosition: true });
    expect(out.pages).toEqual([created.slice(0, 3), created.slice(3, 6), created.slice(6)]);
    expect(out.limited).toEqual(created.slice(0, 5));
    expect(out.limitedHasToken).toBe(true);
    // The resumed listing also holds the API the scenario made afterwards for its resources.
    expect((out.rest as string[]).slice(0, 2)).toEqual(created.slice(5));
    expect(out.resourcePageSizes).toEqual([5, 5, 3]);
    // ValidationException is not in botocore's API Gateway model, so boto3 raises a plain ClientError with its code.
    expect((out.tooLarge as BotoFailure)).toMatchObject({ class: "ClientError", code: "ValidationException", status: 400 });
  });

  it("builds, renames and deletes resources, with ConflictException, BadRequestException and NotFoundException", async () => {
    const out = await boto3("resources");
    expect(out).toMatchObject({
      createStatus: 201,
      petPath: "/pets/{petId}",
      renamedPath: "/animals",
      childPathAfterRename: "/animals/{petId}",
      duplicate: botoFailure("ConflictException", 409, "Another resource with the same parent already has this name: animals"),
      badPathPart: botoFailure("BadRequestException", 400),
      unknownParent: botoFailure("NotFoundException", 404, "Invalid Resource identifier specified"),
      unknownResource: botoFailure("NotFoundException", 404, "Invalid Resource identifier specified"),
      deleteRoot: botoFailure("BadRequestException", 400),
      deleteStatus: 202,
      pathsAfterDelete: ["/"],
    });
  });

  it("reports error codes, statuses and messages as botocore's modeled exceptions", async () => {
    const out = await boto3("errors");
    expect(out).toEqual({
      account: out.account,
      notFound: botoFailure("NotFoundException", 404, `Invalid API identifier specified ${out.account}:nope123456`),
      badPatchPath: botoFailure("BadRequestException", 400, "Invalid patch path /nonsense"),
      conflict: botoFailure("ConflictException", 409, "A REST API with id pinnedapi already exists"),
      deleteUnknown: botoFailure("NotFoundException", 404, `Invalid API identifier specified ${out.account}:nope123456`),
    });
  });

  it("puts, patches and deletes methods and integrations, embedded in GetResources only with embed=methods", async () => {
    const out = await boto3("methods");
    expect(out).toMatchObject({
      method: { httpMethod: "GET", authorizationType: "NONE", integrationType: "MOCK", methodResponses: ["200"], integrationResponses: ["200"] },
      operationName: "ListPets",
      requestTemplate: '{"statusCode": 201}',
      embeddedIntegration: ["MOCK"],
      plainMethods: [{ GET: {} }],
      duplicate: botoFailure("ConflictException", 409),
      deleteStatus: 204,
      afterDelete: botoFailure("NotFoundException", 404),
    });
  });

  it("deploys to stages and applies UpdateStage patch paths (variables, description, tracing, */* method settings)", async () => {
    const out = await boto3("stages");
    expect(out).toMatchObject({
      deploymentStatus: 201,
      stageDeployment: true,
      stageVariables: { color: "blue" },
      updated: { variables: { size: "large" }, description: "development", tracingEnabled: true, rateLimit: 100, burstLimit: 200, metricsEnabled: true },
      badPatchPath: botoFailure("BadRequestException", 400, expect.stringMatching(/^Invalid method setting path: \/nonsense\. Must be one of: \[\/deploymentId, /)),
      prodStatus: 201,
      stageNames: ["dev", "prod"],
      deployments: true,
      duplicateStage: botoFailure("ConflictException", 409),
      deleteUsedDeployment: botoFailure("BadRequestException", 400),
      deleteStageStatus: 202,
      afterDelete: botoFailure("NotFoundException", 404),
    });
  });

  it("exports a stage as OpenAPI 3 JSON and Swagger YAML through get_export's streaming body", async () => {
    const out = await boto3("export");
    expect(out).toMatchObject({
      oasContentType: "application/octet-stream",
      openapi: "3.0.1",
      swaggerContentType: "application/octet-stream",
      swaggerStartsWith: "swagger:",
      missingStage: botoFailure("NotFoundException", 404),
    });
    expect(out.paths).toContain("/pets");
  });
});

// ---------------------------------------------------------------------------------------------------------
// The AWS CLI: each call starts a Python process, so scenarios are short and set up through the SDK where the
// CLI itself is not the point.

/** Runs `aws apigateway <args>` against the sandbox and parses its JSON output ({} when empty). */
async function aws(account: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run("aws", ["apigateway", ...args, "--endpoint-url", sandbox.url, "--output", "json"], { env: awsCliEnv(account), timeout: 60_000 });
  return stdout.trim() === "" ? {} : (JSON.parse(stdout) as Record<string, unknown>);
}

/** Runs a CLI call that must fail; returns its exit code and the error line it printed. */
async function awsFailure(account: string, ...args: string[]): Promise<{ exitCode: number; stderr: string }> {
  try {
    await run("aws", ["apigateway", ...args, "--endpoint-url", sandbox.url], { env: awsCliEnv(account), timeout: 60_000 });
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { exitCode: e.code, stderr: e.stderr.trim() };
  }
  throw new Error(`expected aws apigateway ${args.join(" ")} to fail`);
}

const CLI_TIMEOUT = 240_000;

describe.skipIf(!hasAwsCli)("AWS CLI", () => {
  it(
    "creates, reads, renames, lists and deletes a REST API",
    async () => {
      const account = newAccount();
      const api = await aws(account, "create-rest-api", "--name", "pets", "--endpoint-configuration", "types=REGIONAL", "--tags", "team=a");
      expect(api).toMatchObject({ name: "pets", endpointConfiguration: { types: ["REGIONAL"] }, tags: { team: "a" }, apiKeySource: "HEADER" });
      const id = api.id as string;
      const renamed = await aws(account, "update-rest-api", "--rest-api-id", id, "--patch-operations", "op=replace,path=/name,value=cats");
      expect(renamed.name).toBe("cats");
      expect(await aws(account, "get-rest-apis", "--query", "items[].[id,name]")).toEqual([[id, "cats"]]);
      expect(await aws(account, "delete-rest-api", "--rest-api-id", id)).toEqual({});
      const gone = await awsFailure(account, "get-rest-api", "--rest-api-id", id);
      expect(gone.exitCode).not.toBe(0);
      expect(gone.stderr).toContain(`An error occurred (NotFoundException) when calling the GetRestApi operation: Invalid API identifier specified ${account}:${id}`);
    },
    CLI_TIMEOUT,
  );

  it(
    "pages with --max-items and --starting-token, and follows positions with --page-size",
    async () => {
      const account = newAccount();
      const sdk = apiGatewayClient(sandbox.url, { accessKeyId: account });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await sdk.send(new CreateRestApiCommand({ name: `page-${i}` }))).id!);

      const first = await aws(account, "get-rest-apis", "--max-items", "2", "--query", "{ids: items[].id, token: NextToken}");
      expect(first.ids).toEqual(ids.slice(0, 2));
      expect(first.token).toEqual(expect.any(String));
      const second = await aws(account, "get-rest-apis", "--max-items", "2", "--starting-token", first.token as string, "--query", "items[].id");
      expect(second).toEqual(ids.slice(2, 4));

      const { stdout, stderr } = await run(
        "aws",
        ["apigateway", "get-rest-apis", "--page-size", "2", "--query", "items[].id", "--endpoint-url", sandbox.url, "--output", "json", "--debug"],
        { env: awsCliEnv(account), timeout: 60_000 },
      );
      expect(JSON.parse(stdout)).toEqual(ids);
      expect(stderr.match(/"GET \/restapis\?limit=2[^"]* HTTP\/1\.1" 200/g)).toHaveLength(3);
    },
    CLI_TIMEOUT,
  );

  it(
    "creates resources and reports ConflictException, BadRequestException and NotFoundException by name",
    async () => {
      const account = newAccount();
      const api = await apiGatewayClient(sandbox.url, { accessKeyId: account }).send(new CreateRestApiCommand({ name: "tree" }));
      const id = api.id!;
      const pets = await aws(account, "create-resource", "--rest-api-id", id, "--parent-id", api.rootResourceId!, "--path-part", "pets");
      expect(pets).toMatchObject({ path: "/pets", pathPart: "pets", parentId: api.rootResourceId });

      const duplicate = await awsFailure(account, "create-resource", "--rest-api-id", id, "--parent-id", api.rootResourceId!, "--path-part", "pets");
      expect(duplicate.stderr).toContain("(ConflictException) when calling the CreateResource operation: Another resource with the same parent already has this name: pets");
      const badPart = await awsFailure(account, "create-resource", "--rest-api-id", id, "--parent-id", api.rootResourceId!, "--path-part", "a b");
      expect(badPart.stderr).toContain("(BadRequestException) when calling the CreateResource operation:");
      const noParent = await awsFailure(account, "create-resource", "--rest-api-id", id, "--parent-id", "nope123456", "--path-part", "x");
      expect(noParent.stderr).toContain("(NotFoundException) when calling the CreateResource operation: Invalid Resource identifier specified");
      expect(await aws(account, "get-resources", "--rest-api-id", id, "--query", "items[].path")).toEqual(["/", "/pets"]);
    },
    CLI_TIMEOUT,
  );

  it(
    "puts a MOCK method, deploys it, patches the stage and exports it",
    async () => {
      const account = newAccount();
      const api = await apiGatewayClient(sandbox.url, { accessKeyId: account }).send(new CreateRestApiCommand({ name: "deployed" }));
      const at = ["--rest-api-id", api.id!, "--resource-id", api.rootResourceId!, "--http-method", "GET"];
      expect(await aws(account, "put-method", ...at, "--authorization-type", "NONE")).toMatchObject({ httpMethod: "GET", authorizationType: "NONE" });
      const integration = await aws(account, "put-integration", ...at, "--type", "MOCK", "--request-templates", '{"application/json":"{\\"statusCode\\": 200}"}');
      expect(integration).toMatchObject({ type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });

      const deployment = await aws(account, "create-deployment", "--rest-api-id", api.id!, "--stage-name", "dev", "--variables", "color=blue");
      expect(deployment.id).toEqual(expect.any(String));
      const stage = await aws(
        account,
        "update-stage",
        "--rest-api-id",
        api.id!,
        "--stage-name",
        "dev",
        "--patch-operations",
        "op=replace,path=/variables/color,value=red",
        "op=replace,path=/*/*/throttling/rateLimit,value=50",
        "op=replace,path=/description,value=development",
      );
      expect(stage).toMatchObject({ deploymentId: deployment.id, variables: { color: "red" }, description: "development", methodSettings: { "*/*": { throttlingRateLimit: 50 } } });

      const file = join(mkdtempSync(join(tmpdir(), "archway-export-")), "api.json");
      const exported = await aws(account, "get-export", "--rest-api-id", api.id!, "--stage-name", "dev", "--export-type", "oas30", "--accepts", "application/json", file);
      expect(exported.contentType).toBe("application/octet-stream");
      const document = JSON.parse(readFileSync(file, "utf8")) as { openapi: string; paths: Record<string, Record<string, unknown>> };
      expect(document.openapi).toBe("3.0.1");
      expect(Object.keys(document.paths["/"] ?? {})).toEqual(["get"]);
    },
    CLI_TIMEOUT,
  );
});
