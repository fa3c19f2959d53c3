import "server-only";
import { ConsoleError } from "@/lib/errors";
import type { MetricDatum } from "@/lib/domain/synthetic-traffic";
import { metricDataBodies } from "@/lib/domain/synthetic-traffic";

/** Publishes data through the sandbox admin endpoint POST /_archway/cloudwatch/metric-data (any namespace), 1,000 datums per call. */
export async function publishSandboxMetricData(endpoint: URL, region: string, namespace: string, data: MetricDatum[]): Promise<number> {
  let calls = 0;
  for (const body of metricDataBodies(namespace, data)) {
    const response = await fetch(new URL("/_archway/cloudwatch/metric-data", endpoint), {
      method: "POST",
      headers: { "content-type": "application/json", "x-archway-region": region },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    }).catch((error: unknown) => {
      throw new ConsoleError("unreachable", `Cannot reach the sandbox at ${endpoint.host} after ${calls} of ${Math.ceil(data.length / 1000)} batches. Start it with npm start, then retry.`, { cause: error });
    });
    calls += 1;
    if (!response.ok) {
      const reply = (await response.json().catch(() => null)) as { message?: string } | null;
      throw new ConsoleError("validation", `The sandbox refused the history after ${calls - 1} of ${Math.ceil(data.length / 1000)} batches: ${reply?.message ?? `HTTP ${response.status}`}`);
    }
  }
  return calls;
}
