import { listUsagePlans } from "@/lib/aws/usage-plans";
import { environmentJsonRead } from "@/lib/data/console-json-route";

/** Every usage plan with its key count, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string }> }) {
  const { envId } = await params;
  return environmentJsonRead(envId, (environment) => listUsagePlans(environment));
}
