import type { RestHandlers, RestRequest } from "../rest-request";
import { withTagsShown } from "../../../control-plane/apigateway/tags-shown";
import { oneOf, optionalString, optionalStringMap, paginate, patchOperations, requiredString } from "../input";
import { createDomainName, deleteDomainName, listDomainNames, requireDomainName, securityPolicies, updateDomainName } from "../../../control-plane/apigateway/domain-names";
import {
  createBasePathMapping,
  deleteBasePathMapping,
  getBasePathMappings,
  requireBasePathMapping,
  updateBasePathMapping,
} from "../../../control-plane/apigateway/base-path-mappings";
import { endpointTypes, type EndpointType } from "../../../control-plane/apigateway/types";
import { badRequest } from "../../aws-error";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function endpointConfiguration(request: RestRequest): { types?: EndpointType[]; ipAddressType?: string } | undefined {
  const value = request.body.endpointConfiguration;
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw badRequest("Invalid endpointConfiguration");
  const types = value.types;
  if (types !== undefined && (!Array.isArray(types) || types.some((type) => !endpointTypes.includes(type)))) {
    throw badRequest(`Invalid endpoint configuration types specified: ${JSON.stringify(types)}. Valid values are EDGE, REGIONAL, PRIVATE`);
  }
  return { types: types as EndpointType[] | undefined, ipAddressType: typeof value.ipAddressType === "string" ? value.ipAddressType : undefined };
}

function mutualTls(request: RestRequest): { truststoreUri?: string; truststoreVersion?: string } | undefined {
  const value = request.body.mutualTlsAuthentication;
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw badRequest("Invalid mutualTlsAuthentication");
  const text = (member: string) => (typeof value[member] === "string" ? (value[member] as string) : undefined);
  return { truststoreUri: text("truststoreUri"), truststoreVersion: text("truststoreVersion") };
}

export const domainNamesHandlers: RestHandlers = {
  CreateDomainName: (request, ctx) =>
    createDomainName(ctx, {
      domainName: requiredString(request, "domainName"),
      certificateName: optionalString(request, "certificateName"),
      certificateBody: optionalString(request, "certificateBody"),
      certificatePrivateKey: optionalString(request, "certificatePrivateKey"),
      certificateChain: optionalString(request, "certificateChain"),
      certificateArn: optionalString(request, "certificateArn"),
      regionalCertificateName: optionalString(request, "regionalCertificateName"),
      regionalCertificateArn: optionalString(request, "regionalCertificateArn"),
      endpointConfiguration: endpointConfiguration(request),
      securityPolicy: oneOf(request, "securityPolicy", optionalString(request, "securityPolicy"), securityPolicies),
      tags: optionalStringMap(request, "tags"),
      mutualTlsAuthentication: mutualTls(request),
      routingMode: oneOf(request, "routingMode", optionalString(request, "routingMode"), ["BASE_PATH_MAPPING_ONLY", "ROUTING_RULE_ONLY", "ROUTING_RULE_THEN_BASE_PATH_MAPPING"]),
    }),
  GetDomainName: (request, ctx) => withTagsShown(requireDomainName(ctx, request.params.domain_name!)),
  GetDomainNames: (request, ctx) => paginate(request, listDomainNames(ctx)),
  UpdateDomainName: (request, ctx) => withTagsShown(updateDomainName(ctx, request.params.domain_name!, patchOperations(request))),
  DeleteDomainName: (request, ctx) => deleteDomainName(ctx, request.params.domain_name!),
  CreateBasePathMapping: (request, ctx) =>
    createBasePathMapping(ctx, request.params.domain_name!, {
      restApiId: requiredString(request, "restApiId"),
      basePath: optionalString(request, "basePath"),
      stage: optionalString(request, "stage"),
    }),
  GetBasePathMapping: (request, ctx) => requireBasePathMapping(ctx, request.params.domain_name!, request.params.base_path!),
  GetBasePathMappings: (request, ctx) => paginate(request, getBasePathMappings(ctx, request.params.domain_name!)),
  UpdateBasePathMapping: (request, ctx) =>
    updateBasePathMapping(ctx, request.params.domain_name!, request.params.base_path!, patchOperations(request)),
  DeleteBasePathMapping: (request, ctx) => deleteBasePathMapping(ctx, request.params.domain_name!, request.params.base_path!),
};
