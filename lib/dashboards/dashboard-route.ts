import "server-only";
import { getSession } from "@/lib/auth/session";
import { getRestApi } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import type { DashboardParams } from "@/lib/domain/dashboard-view";
import { getEnvironment } from "@/lib/environments/environments";
import { readApiForParams, readOverviewForParams } from "./dashboard-reads";

/** Answers the dashboards' JSON routes (react-query refreshes): the overview, or one API when apiId is given. */
export async function dashboardRouteResponse(request: Request, envId: string, apiId: string | null): Promise<Response> {
  if (!(await getSession())) return failure(401, "unauthenticated", "Your session ended. Sign in again.");
  const environment = await getEnvironment(envId);
  if (!environment) return failure(404, "not_found", "That environment does not exist.");
  const params = dashboardParamsOf(new URL(request.url).searchParams);
  const read = await consoleRead(async () => {
    if (!apiId) return readOverviewForParams(environment, params);
    const api = await getRestApi(environment, apiId);
    return api ? readApiForParams(environment, api, params) : null;
  });
  if (!read.ok) return failure(502, read.error.code, read.error.message);
  if (!read.data) return failure(404, "not_found", "That API does not exist in this environment.");
  return Response.json(read.data, { headers: { "cache-control": "no-store" } });
}

/** The dashboard parameters of a query string (also used by the pages' searchParams). */
export function dashboardParamsOf(search: URLSearchParams | Record<string, string | string[] | undefined>): DashboardParams {
  const get = (key: string) => {
    const value = search instanceof URLSearchParams ? search.get(key) : search[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  return { range: get("range"), from: get("from"), to: get("to"), stage: get("stage"), method: get("method"), tz: get("tz"), refresh: get("refresh") };
}

function failure(status: number, code: string, message: string): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "cache-control": "no-store" } });
}
