import { getSession } from "@/lib/auth/session";
import { listResources } from "@/lib/aws/resources";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";

/** An API's resources with their methods as JSON, for react-query (re-reads after a change). */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  if (!(await getSession())) return failure(401, "unauthenticated", "Your session ended. Sign in again.");
  const { envId, apiId } = await params;
  const environment = await getEnvironment(envId);
  if (!environment) return failure(404, "not_found", "That environment does not exist.");
  const resources = await consoleRead(() => listResources(environment, apiId));
  if (!resources.ok) return failure(502, resources.error.code, resources.error.message);
  return Response.json(resources.data, { headers: { "cache-control": "no-store" } });
}

function failure(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}
