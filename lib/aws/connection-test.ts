import "server-only";
import { GetRestApisCommand } from "@aws-sdk/client-api-gateway";
import { ConsoleError, mapAwsError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient, awsCallTarget } from "./clients";
import { getCallerIdentity, type CallerIdentity } from "./sts";

export type ConnectionTestResult = { ok: boolean; accountId?: string; message: string };

/** Checks credentials (STS, for AWS) and API Gateway access (one small GetRestApis) and says what it found. */
export async function testConnection(env: EnvironmentSummary): Promise<ConnectionTestResult> {
  try {
    // A custom endpoint may be an emulator without STS, so only real AWS is asked who the caller is.
    const customEndpoint = env.endpointUrl ?? process.env.AWS_ENDPOINT_URL;
    const identity = env.kind === "aws" && !customEndpoint ? await getCallerIdentity(env) : null;
    await callAws(env, () => apiGatewayClient(env).send(new GetRestApisCommand({ limit: 1 })));
    return { ok: true, ...(identity ? { accountId: identity.accountId } : {}), message: successMessage(env, identity) };
  } catch (error) {
    const failure = error instanceof ConsoleError ? error : mapAwsError(error, awsCallTarget(env));
    return { ok: false, message: failure.message };
  }
}

function successMessage(env: EnvironmentSummary, identity: CallerIdentity | null): string {
  if (env.kind === "sandbox") return `Connected to the sandbox at ${env.endpointUrl}. API Gateway is answering.`;
  if (identity) return `Connected to AWS account ${identity.accountId} in ${env.region} as ${identity.arn}. API Gateway is answering.`;
  return `Connected to ${env.endpointUrl ?? process.env.AWS_ENDPOINT_URL} in ${env.region}. API Gateway is answering.`;
}
