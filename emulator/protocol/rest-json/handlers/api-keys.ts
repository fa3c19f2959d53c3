import type { RestHandlers, RestRequest } from "../rest-request";
import { withTagsShown } from "../../../control-plane/apigateway/tags-shown";
import { optionalBoolean, optionalString, optionalStringMap, paginate, patchOperations } from "../input";
import { apiKeyView, createApiKey, deleteApiKey, queryApiKeys, requireApiKey, updateApiKey } from "../../../control-plane/apigateway/api-keys";
import { importApiKeys } from "../../../control-plane/apigateway/api-key-import";
import { badRequest } from "../../aws-error";

function stageKeys(request: RestRequest): Array<{ restApiId?: string; stageName?: string }> | undefined {
  const value = request.body.stageKeys;
  if (value === undefined || value === null) return undefined;
  const valid = Array.isArray(value) && value.every((entry) =>
    typeof entry === "object" && entry !== null &&
    ["restApiId", "stageName"].every((member) => entry[member] === undefined || typeof entry[member] === "string"));
  if (!valid) throw badRequest("Invalid value for stageKeys: expected a list of {restApiId, stageName}");
  return value as Array<{ restApiId?: string; stageName?: string }>;
}

const queryFlag = (request: RestRequest, name: string) => request.query.get(name) === "true";

export const apiKeysHandlers: RestHandlers = {
  CreateApiKey: (request, ctx) =>
    createApiKey(ctx, {
      name: optionalString(request, "name"),
      description: optionalString(request, "description"),
      enabled: optionalBoolean(request, "enabled"),
      value: optionalString(request, "value"),
      stageKeys: stageKeys(request),
      customerId: optionalString(request, "customerId"),
      tags: optionalStringMap(request, "tags"),
    }),
  GetApiKey: (request, ctx) => withTagsShown(apiKeyView(requireApiKey(ctx, request.params.api_Key!), queryFlag(request, "includeValue"))),
  GetApiKeys: (request, ctx) => {
    const keys = queryApiKeys(ctx, { nameQuery: request.query.get("name") ?? undefined, customerId: request.query.get("customerId") ?? undefined });
    const page = paginate(request, keys);
    const includeValues = queryFlag(request, "includeValues");
    return { ...page, item: page.item.map((key) => apiKeyView(key, includeValues)) };
  },
  UpdateApiKey: (request, ctx) => withTagsShown(apiKeyView(updateApiKey(ctx, request.params.api_Key!, patchOperations(request)), false)),
  DeleteApiKey: (request, ctx) => deleteApiKey(ctx, request.params.api_Key!),
  ImportApiKeys: (request, ctx) =>
    importApiKeys(ctx, request.rawBody.toString("utf8"), request.query.get("format"), queryFlag(request, "failonwarnings")),
};
