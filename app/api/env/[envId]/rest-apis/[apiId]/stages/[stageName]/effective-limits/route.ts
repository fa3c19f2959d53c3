import { readEffectiveLimitInputs } from "@/lib/aws/effective-limits-inputs";
import { environmentJsonRead, jsonFailure } from "@/lib/data/console-json-route";

/** What the effective-limits view resolves from; ?keyId= adds that API key's usage plan for this stage. */
export async function GET(request: Request, { params }: { params: Promise<{ envId: string; apiId: string; stageName: string }> }) {
  const { envId, apiId, stageName } = await params;
  const keyId = new URL(request.url).searchParams.get("keyId") || null;
  if (keyId && !/^[A-Za-z0-9]{1,64}$/.test(keyId)) return jsonFailure(400, "validation", "That is not an API key id.");
  return environmentJsonRead(envId, (environment) => readEffectiveLimitInputs(environment, apiId, stageName, keyId));
}
