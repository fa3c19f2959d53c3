import type { RestHandlers } from "../rest-request";
import { optionalString, optionalStringMap } from "../input";
import { badRequest } from "../../aws-error";
import { testInvokeMethod } from "../../../data-plane/test-invoke";
import { testInvokeAuthorizer } from "../../../data-plane/test-invoke-authorizer";

function optionalStringListMap(value: unknown, member: string): Record<string, string[]> | undefined {
  if (value === undefined || value === null) return undefined;
  const valid = typeof value === "object" && !Array.isArray(value) && Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === "string"));
  if (!valid) throw badRequest(`Invalid value for ${member}: expected a map of string lists`);
  return value as Record<string, string[]>;
}

export const testInvokeHandlers: RestHandlers = {
  TestInvokeMethod: (request, ctx) =>
    testInvokeMethod(ctx, {
      restApiId: request.params.restapi_id!,
      resourceId: request.params.resource_id!,
      httpMethod: request.params.http_method!,
      pathWithQueryString: optionalString(request, "pathWithQueryString"),
      body: optionalString(request, "body"),
      headers: optionalStringMap(request, "headers"),
      multiValueHeaders: optionalStringListMap(request.body.multiValueHeaders, "multiValueHeaders"),
      stageVariables: optionalStringMap(request, "stageVariables"),
    }),
  TestInvokeAuthorizer: (request, ctx) =>
    testInvokeAuthorizer(ctx, {
      restApiId: request.params.restapi_id!,
      authorizerId: request.params.authorizer_id!,
      headers: optionalStringMap(request, "headers"),
      multiValueHeaders: optionalStringListMap(request.body.multiValueHeaders, "multiValueHeaders"),
      pathWithQueryString: optionalString(request, "pathWithQueryString"),
      body: optionalString(request, "body"),
      stageVariables: optionalStringMap(request, "stageVariables"),
      additionalContext: optionalStringMap(request, "additionalContext"),
    }),
};
