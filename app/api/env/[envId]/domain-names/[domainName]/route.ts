import { getDomainNameDetail } from "@/lib/aws/domain-names";
import { environmentJsonRead } from "@/lib/data/console-json-route";
import { domainNameFromSegment } from "@/lib/domain/domain-name";
import { ConsoleError } from "@/lib/errors";

/** One custom domain and its base path mappings as JSON, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; domainName: string }> }) {
  const { envId, domainName: segment } = await params;
  return environmentJsonRead(envId, async (environment) => {
    const domainName = domainNameFromSegment(segment);
    const detail = domainName ? await getDomainNameDetail(environment, domainName) : null;
    if (!detail) throw new ConsoleError("not_found", "This domain name does not exist in this environment.");
    return detail;
  });
}
