import type { RestHandlers, RestRequest } from "../rest-request";
import { oneOf, optionalNumber, optionalString, optionalStringList, optionalStringMap, patchOperations, requiredString } from "../input";
import { badRequest } from "../../aws-error";
import { methodLocation } from "./methods";
import {
  deleteIntegration,
  putIntegration,
  requireIntegration,
  updateIntegration,
} from "../../../control-plane/apigateway/integrations";
import {
  deleteIntegrationResponse,
  putIntegrationResponse,
  requireIntegrationResponse,
  updateIntegrationResponse,
} from "../../../control-plane/apigateway/integration-responses";

// In the order AWS lists them in its validation message.
const integrationTypes = ["HTTP", "MOCK", "AWS_PROXY", "HTTP_PROXY", "AWS"] as const;
const contentHandlings = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] as const;

function tlsConfig(request: RestRequest): { insecureSkipVerification?: boolean } | undefined {
  const value = request.body.tlsConfig;
  if (value === undefined || value === null) return undefined;
  const skip = (value as { insecureSkipVerification?: unknown }).insecureSkipVerification;
  if (typeof value !== "object" || (skip !== undefined && typeof skip !== "boolean")) throw badRequest("Invalid value for tlsConfig");
  return skip === undefined ? {} : { insecureSkipVerification: skip };
}

export const integrationsHandlers: RestHandlers = {
  PutIntegration: (request, ctx) =>
    putIntegration(ctx, methodLocation(request), {
      type: oneOf(request, "type", requiredString(request, "type"), integrationTypes)!,
      // The SDK's integrationHttpMethod travels as "httpMethod" in the body.
      httpMethod: optionalString(request, "httpMethod"),
      uri: optionalString(request, "uri"),
      connectionType: oneOf(request, "connectionType", optionalString(request, "connectionType"), ["INTERNET", "VPC_LINK"] as const),
      connectionId: optionalString(request, "connectionId"),
      credentials: optionalString(request, "credentials"),
      requestParameters: optionalStringMap(request, "requestParameters"),
      requestTemplates: optionalStringMap(request, "requestTemplates"),
      passthroughBehavior: oneOf(request, "passthroughBehavior", optionalString(request, "passthroughBehavior"), ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const),
      cacheNamespace: optionalString(request, "cacheNamespace"),
      cacheKeyParameters: optionalStringList(request, "cacheKeyParameters"),
      contentHandling: oneOf(request, "contentHandling", optionalString(request, "contentHandling"), contentHandlings),
      timeoutInMillis: optionalNumber(request, "timeoutInMillis"),
      tlsConfig: tlsConfig(request),
      responseTransferMode: oneOf(request, "responseTransferMode", optionalString(request, "responseTransferMode"), ["BUFFERED", "STREAM"] as const),
      integrationTarget: optionalString(request, "integrationTarget"),
    }),
  GetIntegration: (request, ctx) => requireIntegration(ctx, methodLocation(request)).integration,
  UpdateIntegration: (request, ctx) => updateIntegration(ctx, methodLocation(request), patchOperations(request)),
  DeleteIntegration: (request, ctx) => deleteIntegration(ctx, methodLocation(request)),
  PutIntegrationResponse: (request, ctx) =>
    putIntegrationResponse(ctx, methodLocation(request), request.params.status_code!, {
      selectionPattern: optionalString(request, "selectionPattern"),
      responseParameters: optionalStringMap(request, "responseParameters"),
      // Shape checked against the model: a map of strings in which null stands for "no template".
      responseTemplates: (request.body.responseTemplates ?? undefined) as Record<string, string | null> | undefined,
      contentHandling: oneOf(request, "contentHandling", optionalString(request, "contentHandling"), contentHandlings),
    }),
  GetIntegrationResponse: (request, ctx) =>
    requireIntegrationResponse(ctx, methodLocation(request), request.params.status_code!).response,
  UpdateIntegrationResponse: (request, ctx) =>
    updateIntegrationResponse(ctx, methodLocation(request), request.params.status_code!, patchOperations(request)),
  DeleteIntegrationResponse: (request, ctx) =>
    deleteIntegrationResponse(ctx, methodLocation(request), request.params.status_code!),
};
