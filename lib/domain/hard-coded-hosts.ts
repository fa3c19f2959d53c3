// Integrations whose URIs differ between two stages only by host: a stage variable should hold the host.
import { isJsonObject, type JsonObject } from "./openapi-json";
import { ANY_METHOD_KEY } from "./openapi-from-snapshot";

export interface HardCodedHost {
  path: string;
  /** The HTTP verb as API Gateway names it (ANY included). */
  httpMethod: string;
  hosts: { a: string; b: string };
  /** The URI with the host replaced by the variable, ready for UpdateIntegration. */
  suggestedUri: string;
  variableName: string;
}

function httpUris(document: JsonObject): Map<string, string> {
  const uris = new Map<string, string>();
  for (const [path, item] of Object.entries(isJsonObject(document.paths) ? document.paths : {})) {
    for (const [verb, operation] of Object.entries(isJsonObject(item) ? item : {})) {
      const integration = isJsonObject(operation) ? operation["x-amazon-apigateway-integration"] : undefined;
      if (isJsonObject(integration) && typeof integration.uri === "string" && /^https?:\/\//.test(integration.uri)) {
        uris.set(`${verb === ANY_METHOD_KEY ? "ANY" : verb.toUpperCase()} ${path}`, integration.uri);
      }
    }
  }
  return uris;
}

const hostPattern = /^(https?:\/\/)([^/]+)(.*)$/;

/** Methods whose HTTP integration URIs in stage A and stage B differ only in a literal host. */
export function hardCodedHosts(a: JsonObject, b: JsonObject, variableName = "backendHost"): HardCodedHost[] {
  const inB = httpUris(b);
  const found: HardCodedHost[] = [];
  for (const [key, uriA] of httpUris(a)) {
    const matchA = hostPattern.exec(uriA);
    const matchB = hostPattern.exec(inB.get(key) ?? "");
    if (!matchA || !matchB || matchA[2] === matchB[2] || matchA[2]!.includes("${")) continue;
    if (matchA[1] !== matchB[1] || matchA[3] !== matchB[3]) continue;
    const [httpMethod, ...path] = key.split(" ");
    found.push({ path: path.join(" "), httpMethod: httpMethod!, hosts: { a: matchA[2]!, b: matchB[2]! }, suggestedUri: `${matchA[1]}\${stageVariables.${variableName}}${matchA[3]}`, variableName });
  }
  return found;
}
