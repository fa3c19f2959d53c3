import "server-only";
import {
  CreateAuthorizerCommand,
  DeleteAuthorizerCommand,
  GetAuthorizerCommand,
  GetAuthorizersCommand,
  TestInvokeAuthorizerCommand,
  UpdateAuthorizerCommand,
  type Authorizer,
} from "@aws-sdk/client-api-gateway";
import type { AuthorizerPatchOperation } from "@/lib/domain/authorizer-patch";
import { authorizerTypes, identitySourceValue, parseIdentitySources, type AuthorizerSummary, type AuthorizerTestResult, type AuthorizerType } from "@/lib/domain/authorizer";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { allPages, maxPageSize } from "./all-pages";
import { apiGatewayClient } from "./clients";

export async function listAuthorizers(env: EnvironmentSummary, restApiId: string): Promise<AuthorizerSummary[]> {
  const client = apiGatewayClient(env);
  const authorizers = await allPages((position) => callAws(env, () => client.send(new GetAuthorizersCommand({ restApiId, limit: maxPageSize, position }))), toSummary);
  return authorizers.sort((a, b) => a.name.localeCompare(b.name));
}

export type AuthorizerInput = Omit<AuthorizerSummary, "id">;

export async function createAuthorizer(env: EnvironmentSummary, restApiId: string, input: AuthorizerInput): Promise<AwsResult<AuthorizerSummary>> {
  const lambda = input.type !== "COGNITO_USER_POOLS";
  const command = new CreateAuthorizerCommand({
    restApiId,
    name: input.name,
    type: input.type,
    identitySource: identitySourceValue(input.identitySources),
    authorizerResultTtlInSeconds: input.resultTtlSeconds,
    ...(lambda ? { authorizerUri: input.authorizerUri ?? undefined } : { providerARNs: input.providerArns }),
    ...(input.identityValidationExpression ? { identityValidationExpression: input.identityValidationExpression } : {}),
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toSummary(output), requestId: requestIdOf(output) };
}

export async function getAuthorizer(env: EnvironmentSummary, restApiId: string, authorizerId: string): Promise<AuthorizerSummary> {
  return toSummary(await callAws(env, () => apiGatewayClient(env).send(new GetAuthorizerCommand({ restApiId, authorizerId }))));
}

export async function updateAuthorizer(env: EnvironmentSummary, restApiId: string, authorizerId: string, patchOperations: AuthorizerPatchOperation[]): Promise<AwsResult<AuthorizerSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateAuthorizerCommand({ restApiId, authorizerId, patchOperations })));
  return { value: toSummary(output), requestId: requestIdOf(output) };
}

export async function deleteAuthorizer(env: EnvironmentSummary, restApiId: string, authorizerId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteAuthorizerCommand({ restApiId, authorizerId })));
  return { value: null, requestId: requestIdOf(output) };
}

/** Runs the authorizer as API Gateway would for a request with these headers (a TOKEN authorizer reads its one header). */
export async function testInvokeAuthorizer(
  env: EnvironmentSummary,
  restApiId: string,
  authorizerId: string,
  request: { headers: Record<string, string>; queryString?: string },
): Promise<AwsResult<AuthorizerTestResult>> {
  const command = new TestInvokeAuthorizerCommand({ restApiId, authorizerId, headers: request.headers, pathWithQueryString: request.queryString ? `/?${request.queryString}` : undefined });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return {
    value: {
      clientStatus: output.clientStatus ?? 0,
      principalId: output.principalId ?? null,
      policy: output.policy ?? null,
      authorization: output.authorization ?? {},
      claims: output.claims ?? {},
      latencyMs: output.latency ?? null,
      log: output.log ?? null,
    },
    requestId: requestIdOf(output),
  };
}

function toSummary(authorizer: Authorizer): AuthorizerSummary {
  const type = authorizerTypes.find((known) => known === authorizer.type) ?? ("TOKEN" satisfies AuthorizerType);
  return {
    id: authorizer.id ?? "",
    name: authorizer.name ?? "",
    type,
    authorizerUri: authorizer.authorizerUri ?? null,
    providerArns: authorizer.providerARNs ?? [],
    identitySources: parseIdentitySources(authorizer.identitySource),
    identityValidationExpression: authorizer.identityValidationExpression ?? null,
    resultTtlSeconds: authorizer.authorizerResultTtlInSeconds ?? 300,
  };
}
