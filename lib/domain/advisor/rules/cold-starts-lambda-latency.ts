import type { SnapshotIntegration } from "../../api-snapshot";
import { count, findingOf } from "../finding";
import type { AdvisorRule } from "../types";

/** p99 above this multiple of p50 (and above 1 s) points at cold starts rather than uniformly slow code. */
export const coldStartRatio = 4;
export const coldStartMinimumP99Ms = 1_000;

/** The Lambda function an integration invokes ("orders-fn"), or null when it is not a Lambda integration. */
export function lambdaFunctionOf(integration: SnapshotIntegration | undefined): string | null {
  if (!integration || (integration.type !== "AWS_PROXY" && integration.type !== "AWS")) return null;
  const match = /:lambda:path\/[^/]+\/functions\/([^/]+)\/invocations/.exec(integration.uri ?? "");
  if (!match) return null;
  return /:function:([^:]+)/.exec(match[1]!)?.[1] ?? match[1]!;
}

export const lambdaColdStartRule: AdvisorRule = {
  id: "cold-starts.lambda-latency-tail",
  category: "cold-starts",
  severity: "medium",
  title: "Lambda integration with a cold-start latency tail",
  why: "When p99 integration latency is many times p50, a share of callers waits for new Lambda environments to start, which shows up as timeouts and retries at the edges of traffic.",
  evaluate(snapshot) {
    const metrics = snapshot.metrics;
    if (!metrics) return [];
    return metrics.methods.flatMap((traffic) => {
      const { integrationLatencyP50Ms: p50, integrationLatencyP99Ms: p99 } = traffic;
      const resource = snapshot.api.resources.find((candidate) => candidate.path === traffic.resourcePath);
      const method = resource?.methods[traffic.httpMethod];
      const fn = lambdaFunctionOf(method?.methodIntegration);
      if (!resource || !fn || p50 === null || p99 === null || p50 <= 0 || p99 <= coldStartMinimumP99Ms || p99 <= coldStartRatio * p50) return [];
      return [
        findingOf(lambdaColdStartRule, {
          subject: { kind: "method", resourceId: resource.id, resourcePath: resource.path, httpMethod: traffic.httpMethod, stageName: traffic.stageName },
          evidence: [
            `${traffic.httpMethod} ${resource.path} on ${traffic.stageName}: integration latency p50 ${count(p50)} ms, p99 ${count(p99)} ms (${(p99 / p50).toFixed(1)}× p50) over ${metrics.periodDays} days`,
            `Lambda function: ${fn}`,
          ],
          // The remedies change the function (and its bill), which is outside the API's configuration.
          fix: null,
          remedy: `For ${fn}: add provisioned concurrency for the steady load (or keep it warm), shrink the deployment package and move heavy initialisation out of the handler's first call, and turn on SnapStart if it runs on Java.`,
        }),
      ];
    });
  },
};
