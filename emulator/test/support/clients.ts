import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";

export const testCredentials = { accessKeyId: "test", secretAccessKey: "test" };

/** Real SDK clients pointed at a sandbox, as a user would configure them. */
export function apiGatewayClient(url: string, options: { region?: string; accessKeyId?: string } = {}): APIGatewayClient {
  return new APIGatewayClient({
    endpoint: url,
    region: options.region ?? "us-east-1",
    credentials: { ...testCredentials, accessKeyId: options.accessKeyId ?? testCredentials.accessKeyId },
    maxAttempts: 1,
  });
}

export function cloudWatchClient(url: string, options: { region?: string; accessKeyId?: string } = {}): CloudWatchClient {
  return new CloudWatchClient({
    endpoint: url,
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
