import { execFile, spawnSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";

// The AWS parity classes through boto3 (botocore's rest-json parser), compared with AWS's recorded answers.
// Each scenario runs in its own account (a 12-digit access key).

const run = promisify(execFile);
const script = join(import.meta.dirname, "clients/apigateway_parity_boto3.py");
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;

const sandbox = sandboxForFile();
let nextAccount = 400_000_000_000;

async function boto3(scenario: string): Promise<Record<string, unknown>> {
  const env = { ...process.env, PYTHONWARNINGS: "ignore", AWS_CONFIG_FILE: "/nonexistent/archway-config" };
  const { stdout } = await run("python3", [script, sandbox.url, scenario, String(nextAccount++)], { env, timeout: 120_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const opEnum = "Member must satisfy enum value set: [add, remove, move, test, replace, copy]";

describe.skipIf(!hasBoto3)("AWS parity through boto3", () => {
  it("answers with AWS's defaults: ipAddressType, tags {} on GetRestApi, {} maps on a method response given empty ones", async () => {
    const out = await boto3("defaults");
    const created = {
      apiKeySource: "HEADER",
      createdDate: "<date>",
      disableExecuteApiEndpoint: false,
      endpointConfiguration: { ipAddressType: "ipv4", types: ["EDGE"] },
      id: "<id>",
      name: "defaults",
      rootResourceId: "<root>",
    };
    expect(out).toEqual({
      create: { ...created, status: 201 },
      get: { ...created, tags: {}, status: 200 },
      methodResponse: { responseModels: {}, responseParameters: {}, statusCode: "200", status: 201 },
      // Maps not given stay out (test_apigateway_integrations.py::test_put_integration_responses).
      methodResponseWithoutMaps: { statusCode: "201", status: 201 },
    });
  });

  it("refuses malformed input with ValidationException, SerializationException and BadRequestException as AWS does", async () => {
    expect(await boto3("validation")).toEqual({
      wrongOps: {
        code: "ValidationException",
        status: 400,
        message: `2 validation errors detected: Value 'wrong' at 'updateRestApiInput.patchOperations.1.member.op' failed to satisfy constraint: ${opEnum}; Value 'wrong' at 'updateRestApiInput.patchOperations.2.member.op' failed to satisfy constraint: ${opEnum}`,
      },
      wrongStatus: {
        code: "ValidationException",
        status: 400,
        message: "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
      },
      boolInMap: { code: "SerializationException", status: 400, message: "class java.lang.Boolean can not be converted to an String" },
      wrongType: {
        code: "ValidationException",
        status: 400,
        message:
          "1 validation error detected: Value 'HTTPS_PROXY' at 'putIntegrationInput.type' failed to satisfy constraint: Member must satisfy enum value set: [HTTP, MOCK, AWS_PROXY, HTTP_PROXY, AWS]",
      },
      emptyDescription: { code: "BadRequestException", status: 400, message: "Description cannot be an empty string" },
    });
  });

  it("names the identifier AWS names", async () => {
    expect(await boto3("identifiers")).toEqual({
      method: { code: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" },
      model: { code: "NotFoundException", status: 404, message: "Invalid model name specified: MySchema" },
      validator: { code: "BadRequestException", status: 400, message: "Invalid REST API identifier specified" },
      planKeys: { items: [], status: 200 },
      vpcLink: { code: "NotFoundException", status: 404, message: "Invalid Vpc Link identifier specified" },
      testInvoke: { code: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" },
    });
  });

  it("shows tags {} on Get and Update of an untagged API key, usage plan, client certificate and domain name, none on a stage", async () => {
    const key = { id: "<key>", name: "untagged", enabled: false, createdDate: "<date>", lastUpdatedDate: "<date>", stageKeys: [] };
    const out = await boto3("tags");
    expect(out).toEqual({
      createKey: { ...key, value: (out.createKey as { value: string }).value, status: 201 },
      getKey: { ...key, tags: {}, status: 200 },
      updateKey: { ...key, description: "d", tags: {}, status: 200 },
      getPlan: { id: "<plan>", name: "untagged", apiStages: [], tags: {}, status: 200 },
      updatePlan: { id: "<plan>", name: "untagged", description: "d", apiStages: [], tags: {}, status: 200 },
      getCert: {
        clientCertificateId: "<cert>",
        description: "untagged",
        pemEncodedCertificate: "<pem>",
        createdDate: "<date>",
        expirationDate: "<date>",
        tags: {},
        status: 200,
      },
      getDomainTags: {},
      createDomainTags: "absent",
      getStage: {
        deploymentId: "<deployment>",
        stageName: "dev",
        cacheClusterEnabled: false,
        cacheClusterStatus: "NOT_AVAILABLE",
        methodSettings: {},
        tracingEnabled: false,
        createdDate: "<date>",
        lastUpdatedDate: "<date>",
        status: 200,
      },
    });
    expect((out.createKey as { value: string }).value).toMatch(/^[A-Za-z0-9]{40}$/);
  });

  it("promotes a canary by copy and refuses other copies with AWS's messages", async () => {
    expect(await boto3("promotion")).toEqual({
      noCanary: { code: "BadRequestException", status: 400, message: "Promotion not available. Canary does not exist." },
      notPromotion: {
        code: "BadRequestException",
        status: 400,
        message:
          "Invalid copy operation with path: /description and from /canarySettings/deploymentId. Valid copy:path are [/deploymentId, /variables] and valid copy:from are [/canarySettings/deploymentId, /canarySettings/stageVariableOverrides]",
      },
      promoted: {
        deploymentId: "<canary>",
        stageName: "prod",
        cacheClusterEnabled: false,
        cacheClusterStatus: "NOT_AVAILABLE",
        methodSettings: {},
        variables: { color: "green" },
        canarySettings: { percentTraffic: 0, deploymentId: "<canary>", stageVariableOverrides: { color: "green" }, useStageCache: false },
        tracingEnabled: false,
        createdDate: "<date>",
        lastUpdatedDate: "<date>",
        status: 200,
      },
    });
  });

  it("answers documented limits, import warnings and a string compression size as AWS does", async () => {
    const warning = "Parse issue: attribute components.invalid_key_will_warn is unexpected";
    expect(await boto3("limits")).toEqual({
      longKeyName: {
        code: "ValidationException",
        status: 400,
        message: `1 validation error detected: Value '${"k".repeat(1025)}' at 'createApiKeyInput.name' failed to satisfy constraint: Member must have length less than or equal to 1024`,
      },
      importWarnings: [warning],
      failOnWarnings: { code: "BadRequestException", status: 400, message: `Warnings found during import:\n\t${warning}` },
      stringCompression: { code: "BadRequestException", status: 400, message: "Invalid minimum compression size, must be between 0 and 10485760" },
    });
  });

  it("answers what AWS recorded for canary deployments, VPC links, gateway response ops, models and responses", async () => {
    const badRequest = (message: string) => ({ code: "BadRequestException", status: 400, message });
    expect(await boto3("recorded")).toEqual({
      canaryNoStage: badRequest(
        "Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is null",
      ),
      canaryAdd: badRequest("Invalid add operation with path: /canarySettings/deploymentId"),
      vpcLinkArn: badRequest("Invalid ARN. ARN is not well formed invalid-arn"),
      vpcLinkName: badRequest("Name cannot be empty"),
      gatewayOp: badRequest("Invalid patch path /statusCode"),
      emptySchema: badRequest("Model schema must have at least 1 property or array items defined"),
      missingParameter: { code: "NotFoundException", status: 404, message: "Invalid parameter name specified" },
      templateKey: badRequest("Validation Result: warnings : [], errors : [Invalid content type specified: 123]"),
    });
  });

  it("keeps a null or empty response template and echoes it as null", async () => {
    const echoed = { responseTemplates: { "application/json": null }, selectionPattern: "", statusCode: "200" };
    expect(await boto3("templates")).toEqual({ none: { ...echoed, status: 201 }, empty: { ...echoed, status: 201 }, get: { ...echoed, status: 200 } });
  });
});
