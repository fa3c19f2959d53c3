import { dashboardRouteResponse } from "@/lib/dashboards/dashboard-route";

/** The environment overview dashboard as JSON, for react-query refreshes. */
export async function GET(request: Request, { params }: { params: Promise<{ envId: string }> }) {
  return dashboardRouteResponse(request, (await params).envId, null);
}
