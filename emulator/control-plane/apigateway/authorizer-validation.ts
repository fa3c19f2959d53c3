import { badRequest } from "../../protocol/aws-error";
import type { Authorizer } from "./types";

// What CreateAuthorizer/UpdateAuthorizer accept for each authorizer type.

// "If this field is not set, the default value is 300" (API reference, Authorizer.authorizerResultTtlInSeconds).
const DOCUMENTED_DEFAULT_TTL_SECONDS = 300;
const tokenSourcePattern = /^method\.request\.header\.[a-zA-Z0-9._-]+$/;
const requestSourcePattern = /^(method\.request\.(header|querystring|multivalueheader|multivaluequerystring)\.[a-zA-Z0-9._-]+|stageVariables\.[a-zA-Z0-9._-]+|context\.[a-zA-Z0-9._-]+)$/;
const lambdaUriPattern = /^arn:aws[a-z-]*:apigateway:[a-z0-9-]+:lambda:path\/2015-03-31\/functions\/.+\/invocations$/;
export const MAX_AUTHORIZER_TTL_SECONDS = 3600;

function checkLambdaAuthorizer(authorizer: Authorizer): void {
  if (!authorizer.authorizerUri) throw badRequest(`Authorizer URI must be specified for ${authorizer.type} authorizers`);
  if (!lambdaUriPattern.test(authorizer.authorizerUri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "x"))) {
    throw badRequest(`Invalid Authorizer URI specified: ${authorizer.authorizerUri}`);
  }
  const source = authorizer.identitySource;
  if (authorizer.type === "TOKEN") {
    if (!source || !tokenSourcePattern.test(source)) {
      throw badRequest(`Invalid token source expression: ${source ?? ""}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.`);
    }
    return;
  }
  // A REQUEST authorizer needs identity sources only when its result is cached (the cache key is built from them).
  const sources = source ? source.split(",").map((part) => part.trim()) : [];
  if (sources.length === 0 && (authorizer.authorizerResultTtlInSeconds ?? DOCUMENTED_DEFAULT_TTL_SECONDS) > 0) {
    throw badRequest("Identity source must be specified when the authorizer result is cached (authorizerResultTtlInSeconds > 0)");
  }
  const invalid = sources.find((part) => !requestSourcePattern.test(part));
  if (invalid !== undefined) throw badRequest(`Invalid identity source expression: ${invalid}`);
}

function checkCognitoAuthorizer(authorizer: Authorizer): void {
  if (!authorizer.providerARNs?.length) throw badRequest("Provider ARNs must be specified for COGNITO_USER_POOLS authorizers");
  const invalid = authorizer.providerARNs.find((arn) => !/^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/.+$/.test(arn));
  if (invalid !== undefined) throw badRequest(`Invalid Cognito user pool ARN specified: ${invalid}`);
  if (authorizer.identitySource && !tokenSourcePattern.test(authorizer.identitySource)) {
    throw badRequest(`Invalid token source expression: ${authorizer.identitySource}. The source must be a method request header, matching 'method.request.header.[a-zA-Z0-9._-]+'.`);
  }
}

/** Checks an authorizer as a whole, after CreateAuthorizer builds it or UpdateAuthorizer patches it. */
export function checkAuthorizer(authorizer: Authorizer): void {
  if (!authorizer.name.trim()) throw badRequest("Authorizer name must be non-empty");
  const ttl = authorizer.authorizerResultTtlInSeconds;
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_AUTHORIZER_TTL_SECONDS)) {
    throw badRequest(`Invalid value for authorizerResultTtlInSeconds: must be between 0 and ${MAX_AUTHORIZER_TTL_SECONDS}`);
  }
  if (authorizer.type === "COGNITO_USER_POOLS") checkCognitoAuthorizer(authorizer);
  else checkLambdaAuthorizer(authorizer);
}
