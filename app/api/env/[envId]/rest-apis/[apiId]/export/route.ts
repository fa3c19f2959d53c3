import { z } from "zod";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";
import { getSession } from "@/lib/auth/session";
import { getStageExport, getWorkingCopyExport } from "@/lib/aws/openapi-export";
import { consoleRead } from "@/lib/data/console-read";
import { exportExtensions, exportFormats, exportTypes } from "@/lib/domain/openapi-export-request";
import { getEnvironment } from "@/lib/environments/environments";

const querySchema = z.object({
  stage: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/).optional(),
  type: z.enum(exportTypes).default("oas30"),
  format: z.enum(exportFormats).default("json"),
  extensions: z.enum(exportExtensions).default("apigateway"),
});

/**
 * Downloads an API as OpenAPI: a stage (GetExport) or, without `stage`, the working copy. Any signed-in role may
 * export (it is a read); the file is sent as an attachment under AWS's file name.
 */
export async function GET(request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  if (!(await getSession())) return failure(401, "unauthenticated", "Your session ended. Sign in again.");
  const { envId, apiId } = await params;
  const restApiId = restApiIdSchema.safeParse(apiId);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!restApiId.success || !query.success) return failure(400, "validation", "That is not a valid export request.");
  const environment = await getEnvironment(envId);
  if (!environment) return failure(404, "not_found", "That environment does not exist.");
  const { stage, type: exportType, format, extensions } = query.data;
  const exportRequest = { restApiId: restApiId.data, exportType, format, extensions };
  const exported = await consoleRead(() => (stage ? getStageExport(environment, { ...exportRequest, stageName: stage }) : getWorkingCopyExport(environment, exportRequest)));
  if (!exported.ok) return failure(exported.error.code === "not_found" ? 404 : exported.error.code === "validation" ? 400 : 502, exported.error.code, exported.error.message);
  return new Response(exported.data.text, {
    headers: {
      "content-type": `${exported.data.contentType}; charset=utf-8`,
      "content-disposition": `attachment; filename="${exported.data.fileName}"`,
      "cache-control": "no-store",
    },
  });
}

function failure(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}
