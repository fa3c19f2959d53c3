import "server-only";
import { GetAccountCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** The IAM role API Gateway writes CloudWatch logs with in this account and region (GetAccount), or null when none is set. */
export async function getCloudWatchRoleArn(env: EnvironmentSummary): Promise<string | null> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetAccountCommand({})));
  return output.cloudwatchRoleArn || null;
}
