import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand } from "@aws-sdk/client-api-gateway";
import { parse } from "yaml";
import { sandboxForFile } from "@/emulator/test/support/sandbox-for-file";
import { apiGatewayClient } from "@/emulator/test/support/clients";
import { openApiEssentials } from "@/lib/domain/openapi-essentials";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { importRestApi } from "./openapi-import";
import { getStageExport, getWorkingCopyExport } from "./openapi-export";

vi.mock("server-only", () => ({}));

const corpusDir = join(import.meta.dirname, "../domain/openapi-corpus");
const corpus = readdirSync(corpusDir).filter((file) => /\.(ya?ml|json)$/.test(file)).sort();
const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const env = (): EnvironmentSummary => ({ id: "round-trip", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false });

describe("OpenAPI round trip through the console's import and export code", () => {
  it("has at least six documents in the corpus", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(6);
  });

  it.each(corpus)("imports %s, deploys it, exports the stage as oas30 with extensions, and loses nothing API Gateway keeps", async (file) => {
    const text = readFileSync(join(corpusDir, file), "utf8");
    const { value } = await importRestApi(env(), text, { failOnWarnings: true, endpointType: "REGIONAL", basePath: "ignore" });
    expect(value.warnings).toEqual([]);
    await client.send(new CreateDeploymentCommand({ restApiId: value.api.id, stageName: "rt" }));
    const exported = await getStageExport(env(), { restApiId: value.api.id, stageName: "rt", exportType: "oas30", format: "yaml", extensions: "apigateway" });
    const source = openApiEssentials(parse(text) as Record<string, unknown>);
    const roundTripped = openApiEssentials(parse(exported.text) as Record<string, unknown>);
    expect(Object.keys(roundTripped.resources as object).sort()).toEqual(Object.keys(source.resources as object).sort());
    expect(roundTripped).toMatchObject(source);
    // The console's own export of the working copy (before any change) keeps the same.
    const workingCopy = await getWorkingCopyExport(env(), { restApiId: value.api.id, exportType: "oas30", format: "json", extensions: "apigateway" });
    expect(openApiEssentials(JSON.parse(workingCopy.text) as Record<string, unknown>)).toMatchObject(source);
  });
});
