import { badRequest } from "../../aws-error";
import type { RestHandlers, RestRequest } from "../rest-request";
import { optionalString, paginate, patchOperations } from "../input";
import { checkPartType, validationError, type LocationInput } from "../../../control-plane/apigateway/documentation-location";
import {
  createDocumentationPart,
  deleteDocumentationPart,
  getDocumentationParts,
  requireDocumentationPart,
  updateDocumentationPart,
  type DocumentationPartFilter,
} from "../../../control-plane/apigateway/documentation-parts";
import { importDocumentationParts, readDocumentationImport, type DocumentationImportMode } from "../../../control-plane/apigateway/documentation-import";
import {
  createDocumentationVersion,
  deleteDocumentationVersion,
  getDocumentationVersion,
  getDocumentationVersions,
  updateDocumentationVersion,
} from "../../../control-plane/apigateway/documentation-versions";

// Members AWS requires are checked as its request validation does: ValidationException naming the input member.
function requiredMember<T>(request: RestRequest, member: string, check: (value: unknown) => value is T): T {
  const value = request.body[member];
  if (!check(value)) throw validationError(`${lowerFirst(request.operation)}Input.${member}`, value, "Member must not be null");
  return value;
}

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const isString = (value: unknown): value is string => typeof value === "string";
const isLocation = (value: unknown): value is LocationInput => value !== null && typeof value === "object" && !Array.isArray(value);

function partFilter(request: RestRequest): DocumentationPartFilter {
  const type = request.query.get("type");
  const locationStatus = request.query.get("locationStatus");
  if (locationStatus !== null && locationStatus !== "DOCUMENTED" && locationStatus !== "UNDOCUMENTED") {
    throw validationError("locationStatus", locationStatus, "Member must satisfy enum value set: [DOCUMENTED, UNDOCUMENTED]");
  }
  return {
    type: type === null ? undefined : checkPartType(type, "type"),
    nameQuery: request.query.get("name") ?? undefined,
    path: request.query.get("path") ?? undefined,
    locationStatus: locationStatus ?? undefined,
  };
}

function importMode(request: RestRequest): DocumentationImportMode {
  const mode = request.query.get("mode") ?? "merge";
  if (mode !== "merge" && mode !== "overwrite") throw badRequest(`Invalid mode ${mode}. Valid values are merge, overwrite`);
  return mode;
}

export const documentationHandlers: RestHandlers = {
  CreateDocumentationPart: (request, ctx) =>
    createDocumentationPart(ctx, request.params.restapi_id!, requiredMember(request, "location", isLocation), requiredMember(request, "properties", isString)),
  GetDocumentationParts: (request, ctx) => paginate(request, getDocumentationParts(ctx, request.params.restapi_id!, partFilter(request))),
  GetDocumentationPart: (request, ctx) => requireDocumentationPart(ctx, request.params.restapi_id!, request.params.part_id!),
  UpdateDocumentationPart: (request, ctx) => updateDocumentationPart(ctx, request.params.restapi_id!, request.params.part_id!, patchOperations(request)),
  DeleteDocumentationPart: (request, ctx) => deleteDocumentationPart(ctx, request.params.restapi_id!, request.params.part_id!),
  ImportDocumentationParts: (request, ctx) =>
    importDocumentationParts(ctx, request.params.restapi_id!, readDocumentationImport(request.rawBody.toString("utf8")), {
      mode: importMode(request),
      failOnWarnings: request.query.get("failonwarnings") === "true",
    }),
  CreateDocumentationVersion: (request, ctx) =>
    createDocumentationVersion(ctx, request.params.restapi_id!, {
      documentationVersion: requiredMember(request, "documentationVersion", isString),
      stageName: optionalString(request, "stageName"),
      description: optionalString(request, "description"),
    }),
  GetDocumentationVersions: (request, ctx) => paginate(request, getDocumentationVersions(ctx, request.params.restapi_id!)),
  GetDocumentationVersion: (request, ctx) => getDocumentationVersion(ctx, request.params.restapi_id!, request.params.doc_version!),
  UpdateDocumentationVersion: (request, ctx) =>
    updateDocumentationVersion(ctx, request.params.restapi_id!, request.params.doc_version!, patchOperations(request)),
  DeleteDocumentationVersion: (request, ctx) => deleteDocumentationVersion(ctx, request.params.restapi_id!, request.params.doc_version!),
};
