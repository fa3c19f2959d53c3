"use server";

import { revalidatePath } from "next/cache";
import { flushStageCache } from "@/lib/aws/stages";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { flushStageCacheSchema } from "./stage-setting-schemas";

/** Empties the stage's cache: the next request for each entry goes to the integration. */
export const flushStageCacheAction = defineAction({
  name: "stage.flush-cache",
  input: flushStageCacheSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { requestId } = await flushStageCache(environment, restApiId, stageName);
    Object.assign(ctx.audit, { requestId, detail: "FlushStageCache" });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { stageName };
  },
});
