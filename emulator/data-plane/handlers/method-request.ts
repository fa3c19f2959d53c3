import { badRequestBody, badRequestParameters } from "../gateway-errors";
import { bodyValidationErrors, missingRequiredParameters } from "../request-validation";
import type { Step } from "./step";


/** Runs the method's request validator: required parameters first, then the body against its model. */
export const methodRequest: Step = (invocation, next) => {
  const { method, request, log } = invocation;
  const validator = invocation.deployment.requestValidator(method.requestValidatorId);
  if (validator?.validateRequestParameters === true) {
    const missing = missingRequiredParameters(method, { path: invocation.pathParameters, query: request.query, headers: request.headers });
    if (missing.length > 0) {
      log.add(`Request validation failed for request: Missing required request parameters: [${missing.join(", ")}]`);
      throw badRequestParameters(missing);
    }
  }
  if (validator?.validateRequestBody === true) {
    const contentType = request.headers["content-type"]?.[0]?.split(";")[0]?.trim() || "application/json";
    const modelName = method.requestModels?.[contentType] ?? method.requestModels?.$default;
    const errors = modelName ? bodyValidationErrors(invocation.deployment.models, modelName, request.body.toString("utf8")) : undefined;
    if (errors) {
      log.add(`Request body does not match model schema for content type ${contentType}: ${errors}`);
      throw badRequestBody(errors);
    }
  }
  return next();
};
