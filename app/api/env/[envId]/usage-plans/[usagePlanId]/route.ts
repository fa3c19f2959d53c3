import { readUsagePlanDetail } from "@/lib/data/usage-plans/usage-plan-detail";
import { environmentJsonRead } from "@/lib/data/console-json-route";

/** One plan with its keys, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; usagePlanId: string }> }) {
  const { envId, usagePlanId } = await params;
  return environmentJsonRead(envId, (environment) => readUsagePlanDetail(environment, usagePlanId));
}
