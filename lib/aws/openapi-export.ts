import "server-only";
import { GetExportCommand } from "@aws-sdk/client-api-gateway";
import type { OpenApiExportRequest } from "@/lib/domain/openapi-export-request";
import { openApiText, withoutApiGatewayExtensions } from "@/lib/domain/openapi-export-text";
import { openApiFromSnapshot } from "@/lib/domain/openapi-from-snapshot";
import type { JsonObject } from "@/lib/domain/openapi-json";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readApiSnapshot } from "./api-snapshot";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

export type ExportedDocument = { fileName: string; contentType: string; text: string };

/** A stage's deployed API as OpenAPI 3 or Swagger 2 (GetExport), with the file name AWS gives it. */
export async function getStageExport(env: EnvironmentSummary, request: OpenApiExportRequest & { stageName: string }): Promise<ExportedDocument> {
  const command = new GetExportCommand({
    restApiId: request.restApiId,
    stageName: request.stageName,
    exportType: request.exportType,
    accepts: request.format === "yaml" ? "application/yaml" : "application/json",
    parameters: request.extensions === "none" ? {} : { extensions: request.extensions },
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  const extension = request.format === "yaml" ? "yaml" : "json";
  return {
    fileName: fileNameOf(output.contentDisposition) ?? `${request.restApiId}-${request.stageName}-${request.exportType}.${extension}`,
    contentType: output.contentType ?? (request.format === "yaml" ? "application/yaml" : "application/json"),
    text: new TextDecoder().decode(output.body ?? new Uint8Array()),
  };
}

function fileNameOf(disposition: string | undefined): string | null {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  // Only a plain file name is passed on to the browser's Content-Disposition.
  return match && /^[\w.:-]{1,200}$/.test(match[1]!) ? match[1]! : null;
}

/**
 * The working copy as OpenAPI 3 (what a stage would serve after a deploy). The console builds it from the API's
 * resources (openapi-from-snapshot.ts), as AWS has no export without a stage; so only oas30 with the apigateway
 * extensions, or none, is offered for it.
 */
export async function getWorkingCopyExport(env: EnvironmentSummary, request: OpenApiExportRequest, now = new Date()): Promise<ExportedDocument> {
  if (request.exportType !== "oas30" || !["none", "apigateway"].includes(request.extensions)) {
    throw new ConsoleError("validation", "The working copy exports as OpenAPI 3 with or without the API Gateway extensions; for Swagger or other extension sets, export a stage.");
  }
  const snapshot = await readApiSnapshot(env, request.restApiId);
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z");
  const full = openApiFromSnapshot(snapshot, { stageName: "", region: env.region, fallbackVersion: stamp });
  const document = (request.extensions === "none" ? withoutApiGatewayExtensions(full) : full) as JsonObject;
  return {
    fileName: `oas30_working-copy_${stamp}.${request.format}`,
    contentType: request.format === "yaml" ? "application/yaml" : "application/json",
    text: openApiText(document, request.format),
  };
}
