"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendSampleTrafficAction } from "@/lib/actions/sample-traffic/send-sample-traffic";
import type { SendSampleTrafficInput } from "@/lib/actions/sample-traffic/sample-traffic-schemas";
import { maxSampleRequestsPerCall } from "@/lib/domain/sample-traffic";
import { callAction, type ActionFailure } from "../action-failure";
import { metricKeys } from "./keys";

export type SampleTrafficVariables = Omit<SendSampleTrafficInput, "count" | "seed"> & { total: number };
export type SampleTrafficResult = { sent: number; ok: number; clientErrors: number; serverErrors: number; failed: number };

/** Sends the burst in chunks of at most 250 (one action call each), reporting progress after each chunk. */
export function useSendSampleTrafficMutation(onProgress: (sent: number, total: number) => void) {
  const queryClient = useQueryClient();
  return useMutation<SampleTrafficResult, ActionFailure, SampleTrafficVariables>({
    async mutationFn({ total, ...variables }) {
      const result: SampleTrafficResult = { sent: 0, ok: 0, clientErrors: 0, serverErrors: 0, failed: 0 };
      for (let chunk = 0; result.sent + result.failed < total; chunk += 1) {
        const count = Math.min(maxSampleRequestsPerCall, total - result.sent - result.failed);
        const outcome = await callAction(sendSampleTrafficAction, { ...variables, count, seed: chunk + 1 });
        for (const key of Object.keys(result) as Array<keyof SampleTrafficResult>) result[key] += outcome[key];
        onProgress(result.sent + result.failed, total);
        // A chunk cut short by its time budget means the sandbox is slow; stop rather than queue more.
        if (outcome.sent + outcome.failed < count) break;
      }
      return result;
    },
    async onSuccess(_data, variables) {
      await queryClient.invalidateQueries({ queryKey: metricKeys.all(variables.envId) });
    },
  });
}
