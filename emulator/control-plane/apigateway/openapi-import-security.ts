// Security schemes back to authorizers, and a method's security requirement back to its authorization.
import type { Authorizer, AuthorizerType, Method } from "./types";
import { compact, isObject, type JsonObject } from "./openapi-shared";

type ImportedAuthorization = Pick<Method, "authorizationType" | "apiKeyRequired" | "authorizationScopes"> & { authorizerName?: string };

const authorizerType = (value: unknown): AuthorizerType | undefined => {
  const upper = typeof value === "string" ? value.toUpperCase() : "";
  return upper === "TOKEN" || upper === "REQUEST" || upper === "COGNITO_USER_POOLS" ? upper : undefined;
};

/** Schemes carrying x-amazon-apigateway-authorizer become authorizers named after the scheme. */
export function importAuthorizers(schemes: JsonObject): Omit<Authorizer, "id">[] {
  const authorizers: Omit<Authorizer, "id">[] = [];
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isObject(scheme) || !isObject(scheme["x-amazon-apigateway-authorizer"])) continue;
    const ext = scheme["x-amazon-apigateway-authorizer"];
    const type = authorizerType(ext.type) ?? "TOKEN";
    const header = typeof scheme.name === "string" ? scheme.name : "Authorization";
    authorizers.push(compact({
      name,
      type,
      authType: typeof scheme["x-amazon-apigateway-authtype"] === "string" ? scheme["x-amazon-apigateway-authtype"] : undefined,
      authorizerUri: typeof ext.authorizerUri === "string" ? ext.authorizerUri : undefined,
      authorizerCredentials: typeof ext.authorizerCredentials === "string" ? ext.authorizerCredentials : undefined,
      identitySource: typeof ext.identitySource === "string" ? ext.identitySource : `method.request.header.${header}`,
      identityValidationExpression: typeof ext.identityValidationExpression === "string" ? ext.identityValidationExpression : undefined,
      authorizerResultTtlInSeconds: typeof ext.authorizerResultTtlInSeconds === "number" ? ext.authorizerResultTtlInSeconds : undefined,
      providerARNs: Array.isArray(ext.providerARNs) ? ext.providerARNs.map(String) : undefined,
    }));
  }
  return authorizers;
}

/** Reads the first requirement object: the API key scheme, IAM, or one authorizer (with its scopes). */
export function importAuthorization(security: unknown, schemes: JsonObject, authorizers: readonly Omit<Authorizer, "id">[]): ImportedAuthorization {
  const result: ImportedAuthorization = { authorizationType: "NONE", apiKeyRequired: false };
  const requirement = Array.isArray(security) && isObject(security[0]) ? security[0] : {};
  for (const [name, scopes] of Object.entries(requirement)) {
    const scheme = schemes[name];
    const authorizer = authorizers.find((candidate) => candidate.name === name);
    if (authorizer) {
      result.authorizationType = authorizer.type === "COGNITO_USER_POOLS" ? "COGNITO_USER_POOLS" : "CUSTOM";
      result.authorizerName = name;
      if (Array.isArray(scopes) && scopes.length > 0) result.authorizationScopes = scopes.map(String);
    } else if (isObject(scheme) && String(scheme["x-amazon-apigateway-authtype"]).toLowerCase() === "awssigv4") {
      result.authorizationType = "AWS_IAM";
    } else if (isObject(scheme) && scheme.type === "apiKey" && String(scheme.name).toLowerCase() === "x-api-key") {
      result.apiKeyRequired = true;
    }
  }
  return result;
}
