"use server";

import { revalidatePath } from "next/cache";
import { getRestApi } from "@/lib/aws/rest-apis";
import { generateSyntheticHistory, syntheticNamespace } from "@/lib/domain/synthetic-traffic";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { publishSandboxMetricData } from "@/lib/sandbox/sandbox-metric-data";
import { defineAction } from "../action-client";
import { generateSyntheticHistorySchema } from "./synthetic-history-schemas";

/** Publishes N days of generated AWS/ApiGateway history for one API stage into the sandbox, with the synthetic marker. */
export const generateSyntheticHistoryAction = defineAction({
  name: "synthetic-history.generate",
  input: generateSyntheticHistorySchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stage}` },
  async handler({ envId, restApiId, stage, days, peakRequestsPerMinute, seed }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const endpoint = sandboxEndpoint(environment);
    const api = await getRestApi(environment, restApiId);
    if (!api) throw new ConsoleError("not_found", "That API does not exist in this environment.");
    const history = generateSyntheticHistory({ apiName: api.name, stage, days, now: Date.now(), seed, peakRequestsPerMinute });
    // The marker goes first: if the history stops part-way, what did land is still labelled synthetic.
    await publishSandboxMetricData(endpoint, environment.region, syntheticNamespace, history.marker);
    const calls = await publishSandboxMetricData(endpoint, environment.region, "AWS/ApiGateway", history.apiGateway);
    ctx.audit.detail = `${days} days, ${history.requests} synthetic requests in ${calls} batches`;
    revalidatePath(`/env/${envId}/dashboards`);
    revalidatePath(`/env/${envId}/apis/${restApiId}/dashboard`);
    return { requests: history.requests, days };
  },
});
