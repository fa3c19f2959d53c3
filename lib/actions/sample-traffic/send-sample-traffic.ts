"use server";

import { revalidatePath } from "next/cache";
import { listDashboardStages } from "@/lib/aws/dashboard-targets";
import { sampleTrafficPlan } from "@/lib/domain/sample-traffic";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { sendSampleRequests } from "@/lib/sandbox/sample-traffic-sender";
import { defineAction } from "../action-client";
import { sendSampleTrafficSchema } from "./sample-traffic-schemas";

/** Sends one bounded chunk of sample requests to a deployed sandbox stage; the dialog calls it chunk by chunk for progress. */
export const sendSampleTrafficAction = defineAction({
  name: "sample-traffic.send",
  input: sendSampleTrafficSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stage}` },
  async handler({ envId, restApiId, stage, count, targets, errorPercent, seed }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const endpoint = sandboxEndpoint(environment);
    const stages = await listDashboardStages(environment, restApiId);
    if (!stages.some((candidate) => candidate.name === stage && candidate.deployed)) {
      throw new ConsoleError("validation", `Stage ${stage} is not deployed.`, { fieldErrors: { stage: ["Choose a deployed stage."] } });
    }
    const outcome = await sendSampleRequests(endpoint, restApiId, stage, sampleTrafficPlan(targets, count, errorPercent, seed));
    ctx.audit.detail = `${outcome.sent} requests (${outcome.clientErrors} 4XX, ${outcome.serverErrors} 5XX)`;
    revalidatePath(`/env/${envId}/dashboards`);
    revalidatePath(`/env/${envId}/apis/${restApiId}/dashboard`);
    return outcome;
  },
});
