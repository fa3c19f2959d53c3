// The endpoint configuration REST APIs and custom domain names share: one endpoint type, and the IP address
// types that may call it.
import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { endpointTypes, type EndpointType } from "./types";

/**
 * The address type an endpoint ends up with: private endpoints are dualstack only, the others default to ipv4
 * (AWS, test_apigateway_api.py::test_create_rest_api_verify_defaults and ::test_create_rest_api_private_type;
 * AWS documents the same rule for domain names, whose default is UNCONFIRMED).
 */
export function ipAddressTypeFor(type: EndpointType, requested: string | undefined): string {
  if (type === "PRIVATE" && requested === "ipv4") throw badRequest("Only dualstack ipAddressType is supported for Private APIs.");
  return requested ?? (type === "PRIVATE" ? "dualstack" : "ipv4");
}

/** `replace /endpointConfiguration/ipAddressType` (AWS, test_apigateway_api.py::test_update_rest_api_ip_address_type). */
export function replacedIpAddressType(type: EndpointType, value: string | undefined): string {
  if (value !== "ipv4" && value !== "dualstack") throw badRequest("ipAddressType must be either ipv4 or dualstack.");
  return ipAddressTypeFor(type, value);
}

/** One endpoint type, as CreateRestApi words a list that has none or more than one (recorded 2025). */
export function singleEndpointType(types: readonly EndpointType[]): EndpointType {
  if (types.length === 0) throw badRequest("REGIONAL Configuration and EDGE Configuration cannot be both DISABLED.");
  if (types.length > 1) throw badRequest("Cannot create an api with multiple Endpoint Types.");
  return types[0]!;
}

function checkEndpointType(value: string | undefined): EndpointType {
  if (!endpointTypes.includes(value as EndpointType)) throw badRequest("Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE");
  return value as EndpointType;
}

/**
 * The types after one patch on `/endpointConfiguration/types/{type}`: replace switches the type; add and remove
 * (which AWS names as the path's ops) change the set, which settledEndpoints checks once the whole patch applied.
 */
export function patchedEndpointTypes(types: readonly EndpointType[], op: PatchOperation["op"], pathType: string, value: string | undefined): EndpointType[] {
  if (op === "replace") return [checkEndpointType(value)];
  if (op === "remove") return types.filter((type) => type !== pathType);
  const added = checkEndpointType(value ?? pathType);
  return types.includes(added) ? [...types] : [...types, added];
}

type EndpointConfig = { types: EndpointType[]; ipAddressType?: string };

/**
 * A patched configuration must still hold exactly one type (AWS's answers to add and remove are UNCONFIRMED:
 * CreateRestApi's recorded texts). One switched to PRIVATE takes dualstack, the only address type it has (recorded
 * 2025, test_apigateway_api.py::test_update_rest_api_ip_address_type); one leaving PRIVATE goes back to ipv4 unless
 * the patch set its address type, and a private one cannot become EDGE (API Gateway developer guide, "Change a public
 * or private API endpoint type"; that text is UNCONFIRMED).
 */
export function settledEndpoints<T extends EndpointConfig>(previous: EndpointConfig, config: T): T {
  const type = singleEndpointType(config.types);
  const wasPrivate = previous.types[0] === "PRIVATE";
  if (wasPrivate && type === "EDGE") throw badRequest("Cannot change a private API into an edge-optimized API.");
  const leftPrivate = wasPrivate && type !== "PRIVATE" && config.ipAddressType === previous.ipAddressType;
  const ipAddressType = type === "PRIVATE" ? "dualstack" : leftPrivate ? "ipv4" : config.ipAddressType;
  return { ...config, types: [type], ipAddressType };
}

/** AWS words an op the types path never takes apart from its other paths (recorded 2025). */
export function checkEndpointTypeOps(operations: readonly PatchOperation[]): void {
  const named = operations.find(({ op, path }) => path.startsWith("/endpointConfiguration/types/") && !["add", "remove", "replace"].includes(op));
  if (named) throw badRequest("Invalid patch operation specified. Must be 'add'|'remove'|'replace'");
}
