import "server-only";
import type { SampleRequest } from "@/lib/domain/sample-traffic";

export type TrafficOutcome = { sent: number; ok: number; clientErrors: number; serverErrors: number; failed: number };

const concurrency = 8;
/** A burst stops starting new requests after this long, so one call is bounded in time as well as count. */
const timeBudgetMs = 20_000;

/** Sends requests through the sandbox data plane ({endpoint}/_aws/execute-api/{apiId}/{stage}/{path}), 8 at a time. */
export async function sendSampleRequests(endpoint: URL, restApiId: string, stage: string, requests: SampleRequest[]): Promise<TrafficOutcome> {
  const outcome: TrafficOutcome = { sent: 0, ok: 0, clientErrors: 0, serverErrors: 0, failed: 0 };
  const deadline = Date.now() + timeBudgetMs;
  let next = 0;
  const worker = async () => {
    while (next < requests.length && Date.now() < deadline) {
      const request = requests[next++]!;
      const url = new URL(`/_aws/execute-api/${restApiId}/${encodeURIComponent(stage)}${request.path}`, endpoint);
      try {
        const response = await fetch(url, { method: request.method, headers: { "user-agent": "archway-sample-traffic" }, signal: AbortSignal.timeout(10_000), ...(["POST", "PUT", "PATCH"].includes(request.method) ? { body: "{}" } : {}) });
        await response.arrayBuffer();
        outcome.sent += 1;
        if (response.status >= 500) outcome.serverErrors += 1;
        else if (response.status >= 400) outcome.clientErrors += 1;
        else outcome.ok += 1;
      } catch {
        outcome.failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcome;
}
