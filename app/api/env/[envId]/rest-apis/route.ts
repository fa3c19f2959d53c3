import { getSession } from "@/lib/auth/session";
import { listRestApis } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";

/** The REST APIs of one environment as JSON, for react-query (the command palette, refreshes after a change). */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string }> }) {
  if (!(await getSession())) return failure(401, "unauthenticated", "Your session ended. Sign in again.");
  const { envId } = await params;
  const environment = await getEnvironment(envId);
  if (!environment) return failure(404, "not_found", "That environment does not exist.");
  const apis = await consoleRead(() => listRestApis(environment));
  if (!apis.ok) return failure(502, apis.error.code, apis.error.message);
  return Response.json(apis.data, { headers: { "cache-control": "no-store" } });
}

function failure(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}
