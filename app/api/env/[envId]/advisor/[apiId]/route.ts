import { readApiAdvice } from "@/lib/advisor/read-api-advice";
import { environmentJsonRead } from "@/lib/data/console-json-route";

/** One API's advisor findings as JSON: the environment page loads these API by API, the placements one at a time. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  const { envId, apiId } = await params;
  return environmentJsonRead(envId, (environment) => readApiAdvice(environment, apiId));
}
