import { execFile, spawnSync } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sandboxForFile } from "./support/sandbox-for-file";
import { recordedPetstoreExport } from "./support/petstore-recorded-export";

// Issue 15's import and export classes through boto3 (botocore's rest-json parser and its YAML export), compared
// with AWS's recorded answers; see aws-parity-import-warnings.test.ts and aws-parity-export.test.ts for the evidence.

const run = promisify(execFile);
const script = join(import.meta.dirname, "clients/apigateway_import_export_boto3.py");
const fixture = join(import.meta.dirname, "support/petstore-export-fixture.json");
const hasBoto3 = spawnSync("python3", ["-c", "import boto3, yaml"]).status === 0;

const sandbox = sandboxForFile();
let nextAccount = 410_000_000_000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON from the script, compared whole
async function boto3(scenario: string): Promise<any> {
  const env = { ...process.env, PYTHONWARNINGS: "ignore", AWS_CONFIG_FILE: "/nonexistent/archway-config" };
  const { stdout } = await run("python3", [script, sandbox.url, scenario, String(nextAccount++), fixture], { env, timeout: 120_000 });
  return JSON.parse(stdout);
}

const badRequest = (message: string) => ({ code: "BadRequestException", status: 400, message });
const modelWarnings = ["Reference to model 'Order' not found. Ignoring.", "Reference to model 'Missing' not found. Ignoring."];

describe.skipIf(!hasBoto3)("import and export parity through boto3", () => {
  it("refuses a malformed integration in every mode and creates nothing when failonwarnings refuses", async () => {
    const malformed = badRequest("Unable to parse API definition because of a malformed integration at path /.");
    expect(await boto3("refusals")).toEqual({
      import: malformed,
      put: { overwrite: malformed, merge: malformed },
      failOnWarnings: badRequest(`Warnings found during import:\n\t${modelWarnings.join("\n\t")}`),
      created: 1,
      keptName: "kept",
    });
  });

  it("imports a document with model problems and answers with AWS's warnings", async () => {
    expect(await boto3("warnings")).toEqual({
      import: {
        id: "<id>",
        name: "models",
        version: "1",
        createdDate: "<date>",
        apiKeySource: "HEADER",
        endpointConfiguration: { types: ["EDGE"], ipAddressType: "ipv4" },
        disableExecuteApiEndpoint: false,
        rootResourceId: "<root>",
        warnings: [...modelWarnings, "Parameter type formData for parameter file not supported. Ignoring."],
        status: 201,
      },
      models: [],
    });
  });

  it("exports AWS's PetStore example as AWS recorded it, in YAML, with and without extensions", async () => {
    const out = await boto3("exports");
    const expected = (dialect: "swagger" | "oas30", extensions: boolean) => ({
      body: recordedPetstoreExport({ dialect, apiId: out.apiId, stage: "local", extensions }),
      contentType: "application/octet-stream",
      contentDisposition: `attachment; filename="${dialect}_1.0.yaml"`,
      status: 200,
    });
    expect(out).toEqual({
      apiId: out.apiId,
      swagger: expected("swagger", false),
      "swagger+apigateway": expected("swagger", true),
      oas30: expected("oas30", false),
      "oas30+apigateway": expected("oas30", true),
    });
  });
});
