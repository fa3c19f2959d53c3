import "server-only";
import {
  DeleteGatewayResponseCommand,
  DeleteMethodCommand,
  PutGatewayResponseCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateDomainNameCommand,
  UpdateGatewayResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
  UpdateRestApiCommand,
  UpdateStageCommand,
  UpdateUsagePlanCommand,
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
    case "UpdateGatewayResponse":
      return client.send(new UpdateGatewayResponseCommand({ ...call.input, responseType: call.input.responseType as never }));
    case "UpdateMethod":
      return client.send(new UpdateMethodCommand(call.input));
    case "UpdateIntegration":
      return client.send(new UpdateIntegrationCommand(call.input));
    case "UpdateRestApi":
      return client.send(new UpdateRestApiCommand(call.input));
    case "UpdateStage":
      return client.send(new UpdateStageCommand(call.input));
    case "UpdateUsagePlan":
      return client.send(new UpdateUsagePlanCommand(call.input));
    case "UpdateDomainName":
      return client.send(new UpdateDomainNameCommand(call.input));
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
