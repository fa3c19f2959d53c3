import { execFile, spawnSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";
import { recordedMethodSetting } from "./support/recorded-method-setting";
import { recordedImportedHttpIntegration } from "./support/recorded-imported-integration";

// Issue 15's validation and update-semantics classes through boto3 (botocore's rest-json parser), compared with
// AWS's answers as LocalStack recorded them; each scenario runs in its own account (a 12-digit access key).

const run = promisify(execFile);
const script = join(import.meta.dirname, "clients/apigateway_validation_limits_boto3.py");
const hasBoto3 = spawnSync("python3", ["-c", "import boto3"]).status === 0;

const sandbox = sandboxForFile();
let nextAccount = 500_000_000_000;

async function boto3(scenario: string): Promise<Record<string, unknown>> {
  const env = { ...process.env, PYTHONWARNINGS: "ignore", AWS_CONFIG_FILE: "/nonexistent/archway-config" };
  const { stdout } = await run("python3", [script, sandbox.url, scenario, String(nextAccount++)], { env, timeout: 120_000 });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const badRequest = (message: string) => ({ code: "BadRequestException", status: 400, message });
const restApi = (name: string, endpointConfiguration: object) => ({
  apiKeySource: "HEADER",
  createdDate: "<date>",
  disableExecuteApiEndpoint: false,
  endpointConfiguration,
  id: "<id>",
  name,
  rootResourceId: "<root>",
  tags: {},
  status: 200,
});

describe.skipIf(!hasBoto3)("issue 15 validation and update semantics through boto3", () => {
  it("refuses AWS's recorded empty strings and takes remove on /description (test_create_rest_api_with_optional_params, test_update_rest_api_operation_add_remove)", async () => {
    expect(await boto3("empty_strings")).toEqual({
      description: badRequest("Description cannot be an empty string"),
      model: badRequest("Model name must be non-empty"),
      validator: badRequest("Request Validator name cannot be blank"),
      removed: restApi("empty-strings", { ipAddressType: "ipv4", types: ["EDGE"] }),
    });
  });

  it("refuses empty API names, non-alphanumeric model names and bad stage names in the words users report from AWS", async () => {
    expect(await boto3("names")).toEqual({
      emptyApiName: badRequest("Name cannot be an empty string"),
      modelName: badRequest("Model name must be alphanumeric: body_1"),
      importedModelName: badRequest("Errors found during import:\n\tUnable to create model for 'body_1': Model name must be alphanumeric: body_1"),
      stageName: badRequest("Stage name only allows a-zA-Z0-9_"),
    });
  });

  it("patches endpoint types and address types with AWS's answers (test_update_rest_api_ip_address_type; add and remove UNCONFIRMED)", async () => {
    expect(await boto3("endpoint_types")).toEqual({
      twoTypes: badRequest("Cannot create an api with multiple Endpoint Types."),
      noType: badRequest("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED."),
      moveType: badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'"),
      addIpType: badRequest("Invalid patch operation specified. Must be one of: [replace]"),
      swapped: { ipAddressType: "ipv4", types: ["EDGE"] },
      private: restApi("endpoint-types", { ipAddressType: "dualstack", types: ["PRIVATE"] }),
      privateIpv4: badRequest("Only dualstack ipAddressType is supported for Private APIs."),
    });
  });

  it("answers a stage pointed at an unknown deployment with AWS's 400 (test_update_stage_canary_deployment_validation)", async () => {
    expect(await boto3("pointed_deployments")).toEqual({
      stageDeployment: badRequest("Deployment id does not exist"),
      canaryDeployment: badRequest("Deployment id does not exist"),
      createCanary: badRequest("Deployment id does not exist"),
      createUnknown: { code: "NotFoundException", status: 404, message: "Invalid Deployment identifier specified" },
    });
  });

  it("fills in method settings as AWS recorded them: keyed as sent, no loggingLevel (test_create_update_stages, test_update_stage_remove_wildcard)", async () => {
    expect(await boto3("stage_settings")).toEqual({
      create: {
        cacheClusterEnabled: false,
        cacheClusterStatus: "NOT_AVAILABLE",
        createdDate: "<date>",
        deploymentId: "<deployment>",
        description: "my stage",
        lastUpdatedDate: "<date>",
        methodSettings: {},
        stageName: "s1",
        tracingEnabled: false,
        status: 201,
      },
      settings: { "*/*": recordedMethodSetting(123), "test/GET": recordedMethodSetting(124) },
      reset: { "test/GET": recordedMethodSetting(124) },
    });
  });

  it("answers a usage plan and a remove on its API stages as AWS recorded them (test_apigateway_common.py::test_usage_plan_crud)", async () => {
    const created = { apiStages: [{ apiId: "<apiId>", stage: "dev" }], description: "this is my usage plan", id: "<id>", name: "crud" };
    const notFound = (api: string, stage: string) => ({ code: "NotFoundException", status: 404, message: `Invalid API Stage {api: ${api}, stage: ${stage}} specified for usageplan <id>` });
    expect(await boto3("plan_stages")).toEqual({
      create: { ...created, status: 201 },
      get: { ...created, tags: {}, status: 200 },
      noValue: badRequest("Invalid API Stage specified"),
      wrongApi: notFound("<apiId>b", "dev"),
      wrongStage: notFound("<apiId>", "fakestagename"),
      wrongValue: badRequest("Invalid API Stage specified"),
    });
  });

  it("holds tags and resource policies to the documented limits on Create (texts UNCONFIRMED)", async () => {
    expect(await boto3("limits")).toEqual({
      manyTags: badRequest("A resource can have at most 50 tags"),
      longKey: badRequest(`Tag key must be between 1 and 128 characters: ${"k".repeat(129)}`),
      longValue: badRequest("Tag value must be at most 256 characters for key: team"),
      longPolicy: badRequest("Invalid policy document: a resource policy can be at most 8192 characters"),
    });
  });

  it("fills in AWS's defaults: INTERNET on imported HTTP integrations, tags {} on PutRestApi, ipv4 on domain names (test_import_swagger_api, test_import_rest_api_with_base_path_oas30)", async () => {
    expect(await boto3("defaults")).toEqual({
      integration: { ...recordedImportedHttpIntegration("<pets>"), status: 200 },
      put: { ...restApi("defaults", { ipAddressType: "ipv4", types: ["EDGE"] }), version: "1" },
      domainEndpoint: { ipAddressType: "ipv4", types: ["REGIONAL"] },
    });
  });
});
