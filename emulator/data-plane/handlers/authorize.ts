import { missingAuthenticationToken, notImplementedInSandbox } from "../gateway-errors";
import { runCognitoAuthorizer } from "./cognito-authorizer";
import { runCustomAuthorizer } from "./custom-authorizer";
import type { Step } from "./step";

/**
 * NONE passes; AWS_IAM needs a SigV4 Authorization header (signatures are not verified, as elsewhere in
 * the sandbox); CUSTOM runs a locally registered Lambda authorizer; COGNITO_USER_POOLS checks a user pool
 * token's claims (its signature is not verified either).
 */
export const authorize: Step = (invocation, next) => {
  const { method, request } = invocation;
  switch (method.authorizationType) {
    case "NONE":
      break;
    case "AWS_IAM":
      if (!request.headers.authorization?.[0]?.startsWith("AWS4-HMAC-SHA256")) throw missingAuthenticationToken();
      break;
    case "CUSTOM":
      return runCustomAuthorizer(invocation).then((result) => {
        invocation.authorizer = result;
        return next();
      });
    case "COGNITO_USER_POOLS":
      invocation.authorizer = runCognitoAuthorizer(invocation);
      break;
    default:
      throw notImplementedInSandbox(`${method.authorizationType} authorization on the data plane`);
  }
  return next();
};
