import { dashboardRouteResponse } from "@/lib/dashboards/dashboard-route";

/** One API's dashboard as JSON, for react-query refreshes. */
export async function GET(request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  const { envId, apiId } = await params;
  return dashboardRouteResponse(request, envId, apiId);
}
