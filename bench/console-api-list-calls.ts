// AWS calls the console makes to render the APIs list of an environment with 200 REST APIs.
// Goal: one GetRestApis call per 500 APIs and nothing per API.
// A counting proxy sits between the console and the sandbox. Run: npx next build && npx tsx bench/console-api-list-calls.ts
import { APIGatewayClient, CreateRestApiCommand } from "@aws-sdk/client-api-gateway";
import { launchBrowser, signIn, startCountingProxy, startHarness } from "./support/console-harness";

const API_COUNT = 200;
const proxy = { calls: [] as string[], counting: false };

const harness = await startHarness({ consoleSandboxUrl: (target) => startCountingProxy(target, proxy) });
const client = new APIGatewayClient({ endpoint: harness.sandboxUrl, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
for (let i = 0; i < API_COUNT; i++) await client.send(new CreateRestApiCommand({ name: `bench-api-${String(i).padStart(3, "0")}`, endpointConfiguration: { types: ["REGIONAL"] } }));
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await signIn(page, harness.consoleUrl);
  proxy.counting = true;
  await page.goto(`${harness.consoleUrl}/env/sandbox/apis`, { waitUntil: "networkidle" });
  await page.getByText("bench-api-199").first().waitFor();
  proxy.counting = false;
  const byOperation = new Map<string, number>();
  for (const call of proxy.calls) byOperation.set(call, (byOperation.get(call) ?? 0) + 1);
  console.log(`Rendering the APIs list of ${API_COUNT} APIs made ${proxy.calls.length} AWS call(s):`);
  for (const [operation, count] of byOperation) console.log(`  ${count} x ${operation}`);
  console.log(`goal: ${Math.ceil(API_COUNT / 500)} GetRestApis call(s), nothing per API`);
} finally {
  await browser.close();
  await harness.stop();
}
