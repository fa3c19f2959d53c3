import { internalServerError } from "../gateway-errors";
import type { InvocationResponse, RoutedInvocation } from "../invocation-context";
import { mappingSources, templateVariables } from "../mapping-sources";
import { applyParameterMappings } from "../parameter-mapping";
import { renderMappingTemplate } from "../vtl/mapping-template";
import { isProxy } from "./integration-request";
import type { Step } from "./step";
import { applyContentHandling } from "../content-handling";
import { nameMap } from "../name-map";
import { outputBytes } from "../output-bytes";

/** Proxy integrations pass the backend's response through as it is. */
function proxyResponse(invocation: RoutedInvocation): InvocationResponse {
  const endpoint = invocation.endpointResponse!;
  // Header maps inherit nothing (name-map.ts): a backend's "__proto__" header stays a header.
  const headers = nameMap<string>();
  for (const key in endpoint.headers) headers[key] = endpoint.headers[key]!.join(",");
  return { statusCode: endpoint.statusCode, headers, body: endpoint.body };
}

/** The response template for the client: the one for its Accept type, else application/json, else the first. */
function pickTemplate(templates: Readonly<Record<string, string | null>> | undefined, accept: string | undefined) {
  if (!templates) return undefined;
  const entries = Object.entries(templates);
  if (entries.length === 0) return undefined;
  const wanted = accept?.split(",").map((type) => type.split(";")[0]!.trim()) ?? [];
  return entries.find(([type]) => wanted.includes(type)) ?? entries.find(([type]) => type === "application/json") ?? entries[0];
}

/** Non-proxy: select the integration response, render its template, map its parameters, apply overrides. */
function mappedResponse(invocation: RoutedInvocation): InvocationResponse {
  const endpoint = invocation.endpointResponse!;
  const integration = invocation.method.methodIntegration!;
  const selected = invocation.deployment.responseSelection(integration)(endpoint.statusCode, endpoint.errorMessage);
  if (!selected) {
    invocation.log.add(
      `Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${endpoint.statusCode}`,
    );
    throw internalServerError();
  }
  const template = pickTemplate(selected.responseTemplates, invocation.request.headers.accept?.[0]);
  let body = applyContentHandling(endpoint.body, selected.contentHandling);
  // A null template (AWS accepts and echoes null) renders as no template.
  if (template?.[1] && template[1].trim() !== "") {
    const rendered = renderMappingTemplate(invocation.deployment.template(template[1]), () => templateVariables(invocation, body.toString("utf8")), invocation.overrides);
    invocation.overrides = rendered.overrides;
    body = outputBytes(template[1], rendered.output);
  }
  const mapped = applyParameterMappings(selected.responseParameters, "method.response.", () => mappingSources(invocation));
  const { responseOverride } = invocation.overrides;
  const overriddenStatus = Number(responseOverride.status);
  const headers = nameMap<string>();
  headers["content-type"] = template?.[0] ?? "application/json";
  return {
    statusCode: Number.isInteger(overriddenStatus) && overriddenStatus >= 100 ? overriddenStatus : Number(selected.statusCode),
    headers: withLowerKeys(withLowerKeys(headers, mapped.header), responseOverride.header),
    body,
  };
}

/** `out` with `map`'s entries set under lower-case names. */
function withLowerKeys(out: Record<string, string>, map: Readonly<Record<string, string>> | undefined): Record<string, string> {
  for (const key in map) out[key.toLowerCase()] = map[key]!;
  return out;
}

export const integrationResponse: Step = (invocation, next) => {
  invocation.response = isProxy(invocation.method.methodIntegration!) ? proxyResponse(invocation) : mappedResponse(invocation);
  return next();
};
