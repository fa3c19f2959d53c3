// Security schemes and requirements: the API key, IAM (sigv4) and each authorizer, with
// x-amazon-apigateway-authorizer when authorizer extensions are asked for.
import type { ApiSnapshot } from "./api-snapshot";
import type { Authorizer, Method } from "./types";
import { compact, type JsonObject } from "./openapi-shared";

export const API_KEY_SCHEME = "api_key";
export const SIGV4_SCHEME = "sigv4";

function authorizerExtension(authorizer: Authorizer): JsonObject {
  return compact({
    type: authorizer.type.toLowerCase(),
    authorizerUri: authorizer.authorizerUri,
    authorizerCredentials: authorizer.authorizerCredentials,
    identitySource: authorizer.type === "TOKEN" ? undefined : authorizer.identitySource,
    identityValidationExpression: authorizer.identityValidationExpression,
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
    providerARNs: authorizer.providerARNs,
  });
}

/** A TOKEN authorizer's header is the scheme's `name`; other types read their identity sources. */
function authorizerScheme(authorizer: Authorizer, withExtensions: boolean): JsonObject {
  const header = /^method\.request\.header\.(.+)$/.exec(authorizer.identitySource ?? "")?.[1];
  const name = authorizer.type === "TOKEN" && header ? header : authorizer.type === "COGNITO_USER_POOLS" && header ? header : "Unused";
  const authType = authorizer.authType ?? (authorizer.type === "COGNITO_USER_POOLS" ? "cognito_user_pools" : "custom");
  return compact({
    type: "apiKey",
    name,
    in: "header",
    "x-amazon-apigateway-authtype": withExtensions ? authType : undefined,
    "x-amazon-apigateway-authorizer": withExtensions ? authorizerExtension(authorizer) : undefined,
  });
}

export function exportSecuritySchemes(snapshot: ApiSnapshot, withAuthorizers: boolean): JsonObject {
  const methods = snapshot.resources.flatMap((resource) => Object.values(resource.resourceMethods ?? {}));
  const schemes: JsonObject = {};
  if (methods.some((method) => method.apiKeyRequired)) schemes[API_KEY_SCHEME] = { type: "apiKey", name: "x-api-key", in: "header" };
  if (methods.some((method) => method.authorizationType === "AWS_IAM")) {
    schemes[SIGV4_SCHEME] = { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" };
  }
  for (const authorizer of snapshot.authorizers as unknown as Authorizer[]) schemes[authorizer.name] = authorizerScheme(authorizer, withAuthorizers);
  return schemes;
}

/** One requirement object holding everything the method needs (all must pass, as on API Gateway). */
export function methodSecurity(method: Method, authorizers: readonly Authorizer[]): JsonObject[] | undefined {
  const requirement: JsonObject = {};
  if (method.authorizationType === "AWS_IAM") requirement[SIGV4_SCHEME] = [];
  const authorizer = authorizers.find((candidate) => candidate.id === method.authorizerId);
  if (authorizer && (method.authorizationType === "CUSTOM" || method.authorizationType === "COGNITO_USER_POOLS")) {
    requirement[authorizer.name] = method.authorizationScopes ?? [];
  }
  if (method.apiKeyRequired) requirement[API_KEY_SCHEME] = [];
  return Object.keys(requirement).length > 0 ? [requirement] : undefined;
}
