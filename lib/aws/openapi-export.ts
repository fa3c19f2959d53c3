import "server-only";
import { GetExportCommand } from "@aws-sdk/client-api-gateway";
import type { OpenApiExportRequest } from "@/lib/domain/openapi-export-request";
import type { EnvironmentSummary } from "@/lib/environments/environments";
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
  return match && /^[\w.-]{1,200}$/.test(match[1]!) ? match[1]! : null;
}
