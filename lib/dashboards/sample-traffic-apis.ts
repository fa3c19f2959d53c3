import "server-only";
import { listDashboardStages } from "@/lib/aws/dashboard-targets";
import { listResourceMethods } from "@/lib/aws/resource-methods";
import { trafficTargets, type SampleTrafficApi } from "@/lib/domain/sample-traffic";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";

/** Only the first APIs are offered, to keep an empty dashboard's load small. */
const maxApis = 20;

/** Reads the deployed stages and methods of a sandbox's APIs (empty for AWS environments, where sample traffic is never offered). */
export async function readSampleTrafficApis(env: EnvironmentSummary, apis: Array<Pick<RestApiSummary, "id" | "name">>): Promise<SampleTrafficApi[]> {
  if (env.kind !== "sandbox") return [];
  const found = await Promise.all(
    apis.slice(0, maxApis).map(async (api) => {
      const [stages, resources] = await Promise.all([listDashboardStages(env, api.id), listResourceMethods(env, api.id)]);
      return { id: api.id, name: api.name, stages: stages.filter((stage) => stage.deployed).map((stage) => stage.name), targets: trafficTargets(resources) };
    }),
  );
  return found.filter((api) => api.stages.length > 0 && api.targets.length > 0);
}
