import { APIGatewayClient } from "@aws-sdk/client-api-gateway";

/** The sandbox the journeys' console talks to (playwright.config.ts starts it). */
export const sandboxUrl = `http://127.0.0.1:${process.env.ARCHWAY_E2E_SANDBOX_PORT ?? 4567}`;

/** A real SDK client on the sandbox, as a teammate's script or the CLI would change things behind the console's back. */
export function sandboxApiGateway(): APIGatewayClient {
  return new APIGatewayClient({ endpoint: sandboxUrl, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
}

type MetricDatum = { MetricName: string; Dimensions: { Name: string; Value: string }[]; Timestamp: string; Value: number; Unit?: string };

/** Publishes metric data in any namespace (AWS/ApiGateway included) through the sandbox's admin endpoint. */
export async function publishSandboxMetrics(namespace: string, metricData: MetricDatum[]): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/cloudwatch/metric-data`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ Namespace: namespace, MetricData: metricData }),
  });
  if (!response.ok) throw new Error(`publishing metrics failed: ${response.status} ${await response.text()}`);
}
