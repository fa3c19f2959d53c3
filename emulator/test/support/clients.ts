import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";

export const testCredentials = { accessKeyId: "test", secretAccessKey: "test" };

/** The sandbox's URL, or a getter for it: a getter is read at each request, so a client made at the top of a
 * test file (before the sandbox has started) reaches it. */
export type SandboxUrl = string | (() => string);

function endpointOf(url: SandboxUrl) {
  if (typeof url === "string") return url;
  return async () => {
    const { protocol, hostname, port, pathname } = new URL(url());
    return { protocol, hostname, port: Number(port), path: pathname };
  };
}

/** Real SDK clients pointed at a sandbox, as a user would configure them. */
export function apiGatewayClient(url: SandboxUrl, options: { region?: string; accessKeyId?: string } = {}): APIGatewayClient {
  return new APIGatewayClient({
    endpoint: endpointOf(url),
    region: options.region ?? "us-east-1",
    credentials: { ...testCredentials, accessKeyId: options.accessKeyId ?? testCredentials.accessKeyId },
    maxAttempts: 1,
  });
}

export function cloudWatchClient(url: SandboxUrl, options: { region?: string; accessKeyId?: string } = {}): CloudWatchClient {
  return new CloudWatchClient({
    endpoint: endpointOf(url),
    region: options.region ?? "us-east-1",
    credentials: { ...testCredentials, accessKeyId: options.accessKeyId ?? testCredentials.accessKeyId },
    maxAttempts: 1,
  });
}

/** Runs a call that must fail and returns the SDK error, so tests can assert name, status and message. */
export async function expectAwsError(call: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await call;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("expected the call to fail, but it succeeded");
}
