import { listApiKeys } from "@/lib/aws/api-keys";
import { environmentJsonRead } from "@/lib/data/console-json-route";

/** Every API key (never their values) with its plans, for react-query refreshes after a change. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string }> }) {
  const { envId } = await params;
  return environmentJsonRead(envId, (environment) => listApiKeys(environment));
}
