import { getDomainNameDetail } from "@/lib/aws/domain-names";
import { environmentJsonRead } from "@/lib/data/console-json-route";
import { ConsoleError } from "@/lib/errors";

/** One custom domain and its base path mappings as JSON, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; domainName: string }> }) {
  const { envId, domainName } = await params;
  return environmentJsonRead(envId, async (environment) => {
    const detail = await getDomainNameDetail(environment, decodeURIComponent(domainName));
    if (!detail) throw new ConsoleError("not_found", "This domain name does not exist in this environment.");
    return detail;
  });
}
