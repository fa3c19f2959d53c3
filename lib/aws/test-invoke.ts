import "server-only";
import { TestInvokeMethodCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

export type TestInvokeRequest = {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
  pathWithQueryString: string;
  headers: Record<string, string>;
  body?: string;
  stageVariables: Record<string, string>;
};

export type InvokeResponse = { status: number; headers: Record<string, string>; body: string; latencyMs: number };
export type TestInvokeResult = InvokeResponse & { log: string };

/** Runs a method of the working copy without a deployment (TestInvokeMethod): AWS calls the real backend. */
export async function testInvokeMethod(env: EnvironmentSummary, request: TestInvokeRequest): Promise<AwsResult<TestInvokeResult>> {
  const command = new TestInvokeMethodCommand({
    restApiId: request.restApiId,
    resourceId: request.resourceId,
    httpMethod: request.httpMethod,
    pathWithQueryString: request.pathWithQueryString,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    stageVariables: request.stageVariables,
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return {
    value: { status: output.status ?? 0, headers: output.headers ?? {}, body: output.body ?? "", latencyMs: output.latency ?? 0, log: output.log ?? "" },
    requestId: requestIdOf(output),
  };
}
