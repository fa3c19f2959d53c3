// Builds a REST API of a given size in a sandbox through the SDK, for the designer benchmarks.
import { APIGatewayClient, CreateResourceCommand, CreateRestApiCommand, GetResourcesCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";

const concurrency = 16;

async function inBatches<T>(items: readonly T[], run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += concurrency) await Promise.all(items.slice(i, i + concurrency).map(run));
}

/**
 * An API of `resources` resources (the root included): 30 top-level resources, the rest spread under them,
 * each with `methodsPerResource` methods (GET, POST, DELETE, ...). Raise the sandbox's resourcesPerApi quota first for more than 300.
 */
export async function seedResourceTree(sandboxUrl: string, name: string, resources: number, methodsPerResource: number): Promise<{ apiId: string }> {
  const client = new APIGatewayClient({ endpoint: sandboxUrl, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const api = await client.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ["REGIONAL"] } }));
  const restApiId = api.id!;
  const rootId = (await client.send(new GetResourcesCommand({ restApiId }))).items![0]!.id!;
  const topCount = Math.min(30, resources - 1);
  const top: string[] = [];
  await inBatches(
    Array.from({ length: topCount }, (_, i) => i),
    async (i) => {
      top[i] = (await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: `group-${String(i).padStart(2, "0")}` }))).id!;
    },
  );
  const ids = [rootId, ...top];
  const rest = Array.from({ length: resources - 1 - topCount }, (_, i) => i);
  await inBatches(rest, async (i) => {
    const created = await client.send(new CreateResourceCommand({ restApiId, parentId: top[i % topCount]!, pathPart: `item-${String(i).padStart(4, "0")}` }));
    ids.push(created.id!);
  });
  const verbs = ["GET", "POST", "DELETE", "PUT", "PATCH"].slice(0, methodsPerResource);
  await inBatches(
    ids.flatMap((resourceId) => verbs.map((httpMethod) => ({ resourceId, httpMethod }))),
    ({ resourceId, httpMethod }) => client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType: "NONE" })),
  );
  client.destroy();
  return { apiId: restApiId };
}

/** Changes the sandbox's adjustable quotas at run time (PUT /_archway/quotas). */
export async function setSandboxQuotas(sandboxUrl: string, quotas: Record<string, number>): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/quotas`, { method: "PUT", body: JSON.stringify(quotas) });
  if (!response.ok) throw new Error(`PUT /_archway/quotas answered ${response.status}: ${await response.text()}`);
}

/** Sets the sandbox's injected latency on every control-plane call (PUT /_archway/realism). */
export async function setSandboxLatency(sandboxUrl: string, latencyMs: number): Promise<void> {
  const response = await fetch(`${sandboxUrl}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs }) });
  if (!response.ok) throw new Error(`PUT /_archway/realism answered ${response.status}: ${await response.text()}`);
}
