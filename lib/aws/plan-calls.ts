import "server-only";
import {
  DeleteGatewayResponseCommand,
  DeleteMethodCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import type { ApiGatewayCall, PlanStep } from "@/lib/domain/plan";
import { runPlan, type PlanRun, type StepExecution } from "@/lib/domain/plan-runner";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** Sends one planned call with the SDK. */
function send(env: EnvironmentSummary, call: ApiGatewayCall) {
  const client = apiGatewayClient(env);
  switch (call.operation) {
    case "PutMethod":
      return client.send(new PutMethodCommand(call.input));
    case "PutIntegration":
      return client.send(new PutIntegrationCommand(call.input));
    case "PutMethodResponse":
      return client.send(new PutMethodResponseCommand(call.input));
    case "PutIntegrationResponse":
      return client.send(new PutIntegrationResponseCommand(call.input));
    case "UpdateMethodResponse":
      return client.send(new UpdateMethodResponseCommand(call.input));
    case "UpdateIntegrationResponse":
      return client.send(new UpdateIntegrationResponseCommand(call.input));
    case "DeleteMethod":
      return client.send(new DeleteMethodCommand(call.input));
    case "PutGatewayResponse":
      return client.send(new PutGatewayResponseCommand({ ...call.input, responseType: call.input.responseType as never }));
    case "DeleteGatewayResponse":
      return client.send(new DeleteGatewayResponseCommand({ ...call.input, responseType: call.input.responseType as never }));
  }
}

/** Runs a plan's calls in order; each failure is mapped to a message a person understands. */
export async function runApiGatewayPlan(env: EnvironmentSummary, steps: readonly PlanStep[]): Promise<PlanRun> {
  return runPlan(steps, async (step): Promise<StepExecution> => {
    try {
      const output = await callAws(env, () => send(env, step.call));
      return { ok: true, requestId: requestIdOf(output) };
    } catch (error) {
      if (error instanceof ConsoleError) return { ok: false, message: error.message, requestId: error.requestId };
      throw error;
    }
  });
}
