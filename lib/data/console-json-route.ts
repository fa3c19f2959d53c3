import "server-only";
import { getSession } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment, type EnvironmentSummary } from "@/lib/environments/environments";

const noStore = { "cache-control": "no-store" };

export function jsonFailure(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: noStore });
}

/** A signed-in JSON read of one environment: the session and environment checks every console route makes. */
export async function environmentJsonRead<T>(envId: string, read: (environment: EnvironmentSummary) => Promise<T>): Promise<Response> {
  if (!(await getSession())) return jsonFailure(401, "unauthenticated", "Your session ended. Sign in again.");
  const environment = await getEnvironment(envId);
  if (!environment) return jsonFailure(404, "not_found", "That environment does not exist.");
  const result = await consoleRead(() => read(environment));
  if (!result.ok) return jsonFailure(result.error.code === "not_found" ? 404 : 502, result.error.code, result.error.message);
  return Response.json(result.data, { headers: noStore });
}
