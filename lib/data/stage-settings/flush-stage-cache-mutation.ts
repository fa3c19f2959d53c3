"use client";

import { flushStageCacheAction } from "@/lib/actions/stages/flush-stage-cache";
import { flushStageCacheSchema } from "@/lib/actions/stages/stage-setting-schemas";

import { useStageSettingsMutation } from "./stage-settings-mutation";

/** Empties the stage cache. */
export const useFlushStageCacheMutation = (onSuccess?: (data: { stageName: string }) => void) => useStageSettingsMutation(flushStageCacheSchema, flushStageCacheAction, onSuccess);
