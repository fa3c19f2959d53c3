import { APIGatewayClient, DeleteRestApiCommand, GetRestApisCommand } from "@aws-sdk/client-api-gateway";

const sandboxPort = Number(process.env.ARCHWAY_E2E_SANDBOX_PORT ?? 4567);

/** The journeys' sandbox, for changes made "by someone else" (the CLI, another tool) while a page is open. */
export const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;

/** An SDK client on the journeys' sandbox, with the region and account the console's sandbox environment uses. */
export function sandboxApiGateway(options: { maxAttempts?: number } = {}): APIGatewayClient {
  return new APIGatewayClient({ region: "us-east-1", endpoint: sandboxUrl, credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: options.maxAttempts ?? 5 });
}

/** Sets the sandbox's injected faults, e.g. { "*": "throttle:0.3" }; {} turns them off. */
export async function setSandboxFaults(faults: Record<string, string>): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/realism`, { method: "PUT", body: JSON.stringify({ faults }) });
  if (!response.ok) throw new Error(`realism PUT answered ${response.status}: ${await response.text()}`);
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

/** Deletes every REST API in the journeys' sandbox, for screens that show a sandbox with nothing in it yet. */
export async function deleteAllSandboxApis(): Promise<void> {
  const client = sandboxApiGateway();
  const { items = [] } = await client.send(new GetRestApisCommand({ limit: 500 }));
  for (const api of items) await client.send(new DeleteRestApiCommand({ restApiId: api.id! }));
}
