import { environmentJsonRead } from "@/lib/data/console-json-route";
import { getDb } from "@/lib/db/client";
import { readStagesOverview } from "@/lib/deployments/stages-overview";

/** Every stage of an API with its undeployed-change count, for the deploy dialog and refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  const { envId, apiId } = await params;
  return environmentJsonRead(envId, async (environment) => readStagesOverview(environment, await getDb(), apiId));
}
