import { getStage } from "@/lib/aws/stages";
import { environmentJsonRead } from "@/lib/data/console-json-route";
import { ConsoleError } from "@/lib/errors";

/** One stage's settings as GetStage holds them now: polled while the cache cluster is being created, deleted or flushed. */
export async function GET(_request: Request, { params }: { params: Promise<{ envId: string; apiId: string; stageName: string }> }) {
  const { envId, apiId, stageName } = await params;
  return environmentJsonRead(envId, async (environment) => {
    const stage = await getStage(environment, apiId, stageName);
    if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} no longer exists.`);
    return stage.settings;
  });
}
