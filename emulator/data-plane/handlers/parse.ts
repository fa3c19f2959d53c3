import type { ServiceCall } from "../../protocol/service-call";
import type { InvocationRequest, MultiMap } from "../invocation-context";
import { nameMap } from "../name-map";

const PATH_PREFIX = "/_aws/execute-api/";
const HOST_PATTERN = /^([a-z0-9]{1,32})\.execute-api\.localhost(:\d+)?$/;

export const isExecuteApiPath = (pathname: string) => pathname.startsWith(PATH_PREFIX);
export const executeApiHost = (host: string) => HOST_PATTERN.exec(host)?.[1];

export interface ParsedCall {
  readonly apiId: string;
  readonly stageName: string;
  readonly request: InvocationRequest;
}

/**
 * Reads the API id, stage and resource path from either URL form
 * (/_aws/execute-api/{api}/{stage}/{path} or {api}.execute-api.localhost/{stage}/{path}).
 */
export function parseExecuteApiCall(call: ServiceCall): ParsedCall | undefined {
  const host = String(call.headers.host ?? "");
  const hostApi = executeApiHost(host);
  const rawPath = call.url.pathname;
  // "{api}/{stage}/{path}" (or "{stage}/{path}" when the host names the API), cut at slashes without splitting it all.
  const rest = hostApi ? rawPath.slice(1) : rawPath.slice(PATH_PREFIX.length);
  const apiEnd = hostApi ? -1 : rest.indexOf("/");
  const apiId = hostApi ?? (apiEnd < 0 ? rest : rest.slice(0, apiEnd));
  const stageStart = hostApi ? 0 : apiEnd < 0 ? rest.length : apiEnd + 1;
  const stageEnd = rest.indexOf("/", stageStart);
  const stageName = stageEnd < 0 ? rest.slice(stageStart) : rest.slice(stageStart, stageEnd);
  if (!apiId || !stageName) return undefined;
  const path = stageEnd < 0 ? "/" : rest.slice(stageEnd);
  return { apiId, stageName: stageName.includes("%") ? decodeURIComponent(stageName) : stageName, request: invocationRequest(call, path, hostApi ? hostWithoutPort(host) : call.url.hostname) };
}

const IPV4_MAPPED = "::ffff:";

export const hostWithoutPort = (host: string) => host.replace(/:\d+$/, "");

/** The request as the handler chain sees it, once the stage and the path inside it are known. */
export function invocationRequest(call: ServiceCall, path: string, domainName: string): InvocationRequest {
  return {
    httpMethod: call.method.toUpperCase(),
    path,
    // Reading searchParams builds a URLSearchParams: most requests have no query string to read.
    query: call.url.search ? queryMap(call.url.searchParams) : {},
    headers: headerMap(call.headers),
    body: call.body,
    // An IPv4 client of a dual-stack socket (::ffff:127.0.0.1) is its IPv4 address, as AWS reports it.
    sourceIp: call.sourceIp.startsWith(IPV4_MAPPED) ? call.sourceIp.slice(IPV4_MAPPED.length) : call.sourceIp,
    domainName,
  };
}

// Query and header maps are named by the client: they inherit nothing, so "__proto__" is a name like any other.
function queryMap(params: URLSearchParams): MultiMap {
  const out: MultiMap = nameMap();
  for (const [key, value] of params) (out[key] ??= []).push(value);
  return out;
}

export function headerMap(headers: Readonly<Record<string, string | string[] | undefined>>): MultiMap {
  const out: MultiMap = nameMap();
  for (const key in headers) {
    const value = headers[key];
    if (value === undefined) continue;
    out[key.toLowerCase()] = Array.isArray(value) ? [...value] : [value];
  }
  return out;
}
