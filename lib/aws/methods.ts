import "server-only";
import {
  DeleteIntegrationResponseCommand,
  DeleteMethodCommand,
  DeleteMethodResponseCommand,
  GetAuthorizersCommand,
  GetMethodCommand,
  GetModelsCommand,
  GetRequestValidatorsCommand,
  GetResourceCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateIntegrationCommand,
  UpdateIntegrationResponseCommand,
  UpdateMethodCommand,
  UpdateMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import type { MethodDefinition, MethodPageData, MethodPickerLists } from "@/lib/domain/method-definition";
import type { PlanStep } from "@/lib/domain/method-patch";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { toMethodDefinition } from "./method-definition-mapping";

/** Where a method lives. */
export type MethodLocation = { restApiId: string; resourceId: string; httpMethod: string };

const pageSize = 500;

async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

/** The method as the editor edits it, or null when the method (or its resource) does not exist. */
export async function getMethodDefinition(env: EnvironmentSummary, at: MethodLocation): Promise<MethodDefinition | null> {
  const client = apiGatewayClient(env);
  const method = await orNull(() => callAws(env, () => client.send(new GetMethodCommand(at))));
  return method ? toMethodDefinition(method) : null;
}

/** The API's authorizers, request validators and models for the editor's pickers, read in parallel (one page each). */
export async function listMethodPickers(env: EnvironmentSummary, restApiId: string): Promise<MethodPickerLists> {
  const client = apiGatewayClient(env);
  const [authorizers, validators, models] = await Promise.all([
    callAws(env, () => client.send(new GetAuthorizersCommand({ restApiId, limit: pageSize }))),
    callAws(env, () => client.send(new GetRequestValidatorsCommand({ restApiId, limit: pageSize }))),
    callAws(env, () => client.send(new GetModelsCommand({ restApiId, limit: pageSize }))),
  ]);
  return {
    authorizers: (authorizers.items ?? []).map((item) => ({ id: item.id ?? "", name: item.name ?? "", type: item.type ?? "" })),
    validators: (validators.items ?? []).map((item) => ({
      id: item.id ?? "",
      name: item.name ?? "",
      validateBody: item.validateRequestBody ?? false,
      validateParameters: item.validateRequestParameters ?? false,
    })),
    models: (models.items ?? []).map((item) => ({ id: item.id ?? "", name: item.name ?? "", contentType: item.contentType ?? "application/json" })),
  };
}

/** Everything the method page shows, read in parallel; null when the resource is gone, a null definition when the method is. */
export async function getMethodPageData(env: EnvironmentSummary, at: MethodLocation): Promise<MethodPageData | null> {
  const client = apiGatewayClient(env);
  const [resource, definition, pickers] = await Promise.all([
    orNull(() => callAws(env, () => client.send(new GetResourceCommand({ restApiId: at.restApiId, resourceId: at.resourceId })))),
    getMethodDefinition(env, at),
    listMethodPickers(env, at.restApiId),
  ]);
  if (!resource) return null;
  return { resourceId: at.resourceId, resourcePath: resource.path ?? "/", existingMethods: Object.keys(resource.resourceMethods ?? {}), definition, pickers };
}

/** The resource's path, or null when it does not exist. */
export async function getResourcePath(env: EnvironmentSummary, restApiId: string, resourceId: string): Promise<{ path: string; methods: string[] } | null> {
  const resource = await orNull(() => callAws(env, () => apiGatewayClient(env).send(new GetResourceCommand({ restApiId, resourceId }))));
  return resource ? { path: resource.path ?? "/", methods: Object.keys(resource.resourceMethods ?? {}) } : null;
}

export async function deleteMethod(env: EnvironmentSummary, at: MethodLocation): Promise<string | null> {
  return requestIdOf(await withTransientRetry(() => callAws(env, () => apiGatewayClient(env).send(new DeleteMethodCommand(at)))));
}

/** PutMethod with no authorization: the add-method dialog's first call. */
export async function putMethod(env: EnvironmentSummary, at: MethodLocation): Promise<string | null> {
  const command = new PutMethodCommand({ ...at, authorizationType: "NONE" });
  return requestIdOf(await withTransientRetry(() => callAws(env, () => apiGatewayClient(env).send(command))));
}

/**
 * Sends one step of a save plan and returns its AWS request id. On top of the SDK's own attempts, throttling is retried
 * with backoff before giving up, because giving up half-way leaves the method half-saved.
 */
export async function runPlanStep(env: EnvironmentSummary, at: MethodLocation, step: PlanStep): Promise<string | null> {
  const client = apiGatewayClient(env);
  const output = await withTransientRetry(() => callAws(env, () => client.send(commandFor(at, step) as never)));
  return requestIdOf(output as { $metadata: { requestId?: string } });
}

function commandFor(at: MethodLocation, step: PlanStep) {
  switch (step.kind) {
    case "UpdateMethod":
      return new UpdateMethodCommand({ ...at, patchOperations: step.patchOperations });
    case "PutIntegration": {
      const { httpMethod, ...integration } = step.integration;
      return new PutIntegrationCommand({
        ...at,
        ...integration,
        integrationHttpMethod: httpMethod ?? undefined,
        uri: integration.uri || undefined,
        credentials: integration.credentials || undefined,
        contentHandling: integration.contentHandling ?? undefined,
      });
    }
    case "UpdateIntegration":
      return new UpdateIntegrationCommand({ ...at, patchOperations: step.patchOperations });
    case "PutMethodResponse":
      return new PutMethodResponseCommand({ ...at, ...step.response });
    case "UpdateMethodResponse":
      return new UpdateMethodResponseCommand({ ...at, statusCode: step.statusCode, patchOperations: step.patchOperations });
    case "DeleteMethodResponse":
      return new DeleteMethodResponseCommand({ ...at, statusCode: step.statusCode });
    case "PutIntegrationResponse":
      return new PutIntegrationResponseCommand({
        ...at,
        ...step.response,
        selectionPattern: step.response.selectionPattern || undefined,
        contentHandling: step.response.contentHandling ?? undefined,
      });
    case "UpdateIntegrationResponse":
      return new UpdateIntegrationResponseCommand({ ...at, statusCode: step.statusCode, patchOperations: step.patchOperations });
    case "DeleteIntegrationResponse":
      return new DeleteIntegrationResponseCommand({ ...at, statusCode: step.statusCode });
  }
}
