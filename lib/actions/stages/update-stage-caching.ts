"use server";

import { revalidatePath } from "next/cache";
import { refuseConflicts, requireCurrentStage, sendStagePatches } from "@/lib/deployments/stage-settings-update";
import { cacheClusterConflicts, methodSettingConflicts } from "@/lib/domain/method-setting-conflicts";
import { cacheClusterPatches, methodSettingKey, methodSettingPatches } from "@/lib/domain/method-settings-patch";
import type { MethodSettingValues } from "@/lib/domain/stage-settings";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageCachingSchema } from "./stage-setting-schemas";

const cachingFields: (keyof MethodSettingValues)[] = ["cachingEnabled", "cacheTtlInSeconds", "cacheDataEncrypted", "requireAuthorizationForCacheControl", "unauthorizedCacheControlHeaderStrategy"];

/** Sets the cache cluster (stage defaults only) and the caching settings of the stage default or one method, in one UpdateStage call. */
export const updateStageCachingAction = defineAction({
  name: "stage.update-caching",
  input: updateStageCachingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName} ${methodSettingKey(input.target)}` },
  async handler({ envId, restApiId, stageName, target, loaded, edited }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const stage = await requireCurrentStage(environment, restApiId, stageName);
    const current = stage.settings.methodSettings[methodSettingKey(target)] ?? {};
    const cluster = { enabled: stage.settings.cacheCluster.enabled, size: stage.settings.cacheCluster.size };
    const conflicts = [...(loaded.cluster && edited.cluster ? cacheClusterConflicts(loaded.cluster, cluster) : []), ...methodSettingConflicts(loaded.settings, current, cachingFields)];
    refuseConflicts(conflicts, "edited.settings.");
    const patches = [...(edited.cluster ? cacheClusterPatches(cluster, edited.cluster) : []), ...methodSettingPatches(target, current, edited.settings)];
    const result = await sendStagePatches(environment, { restApiId, stageName }, patches, ctx.audit, stage);
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return result;
  },
});
