import { listDomainNames } from "@/lib/aws/domain-names";
import { environmentJsonRead } from "@/lib/data/console-json-route";

/** The environment's custom domains with their mappings as JSON, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string }> }) {
  const { envId } = await params;
  return environmentJsonRead(envId, (environment) => listDomainNames(environment));
}
