import "server-only";
import {
  CreateRequestValidatorCommand,
  DeleteRequestValidatorCommand,
  GetRequestValidatorsCommand,
  UpdateRequestValidatorCommand,
  type RequestValidator,
} from "@aws-sdk/client-api-gateway";
import type { RequestValidatorSummary } from "@/lib/domain/request-validator";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { allPages, maxPageSize } from "./all-pages";
import { apiGatewayClient } from "./clients";

export async function listRequestValidators(env: EnvironmentSummary, restApiId: string): Promise<RequestValidatorSummary[]> {
  const client = apiGatewayClient(env);
  const validators = await allPages((position) => callAws(env, () => client.send(new GetRequestValidatorsCommand({ restApiId, limit: maxPageSize, position }))), toSummary);
  return validators.sort((a, b) => a.name.localeCompare(b.name));
}

type ValidatorFields = Omit<RequestValidatorSummary, "id">;

export async function createRequestValidator(env: EnvironmentSummary, restApiId: string, input: ValidatorFields): Promise<AwsResult<RequestValidatorSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateRequestValidatorCommand({ restApiId, ...input })));
  return { value: toSummary(output), requestId: requestIdOf(output) };
}

/** Renames and sets both checks in one patch. */
export async function updateRequestValidator(env: EnvironmentSummary, restApiId: string, id: string, input: ValidatorFields): Promise<AwsResult<RequestValidatorSummary>> {
  const patchOperations = [
    { op: "replace" as const, path: "/name", value: input.name },
    { op: "replace" as const, path: "/validateRequestBody", value: String(input.validateRequestBody) },
    { op: "replace" as const, path: "/validateRequestParameters", value: String(input.validateRequestParameters) },
  ];
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateRequestValidatorCommand({ restApiId, requestValidatorId: id, patchOperations })));
  return { value: toSummary(output), requestId: requestIdOf(output) };
}

export async function deleteRequestValidator(env: EnvironmentSummary, restApiId: string, id: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteRequestValidatorCommand({ restApiId, requestValidatorId: id })));
  return { value: null, requestId: requestIdOf(output) };
}

function toSummary(validator: RequestValidator): RequestValidatorSummary {
  return {
    id: validator.id ?? "",
    name: validator.name ?? "",
    validateRequestBody: validator.validateRequestBody ?? false,
    validateRequestParameters: validator.validateRequestParameters ?? false,
  };
}
