import type { Integration } from "../../control-plane/apigateway/types";
import { apiConfigurationError, unsupportedMediaType } from "../gateway-errors";
import type { IntegrationRequest, MultiMap, RoutedInvocation } from "../invocation-context";
import { logMap } from "../execution-log";
import { mappingSources, templateVariables } from "../mapping-sources";
import { applyParameterMappings } from "../parameter-mapping";
import { renderMappingTemplate } from "../vtl/mapping-template";
import type { Step } from "./step";
import { applyContentHandling } from "../content-handling";
import { nameMap } from "../name-map";
import { outputBytes } from "../output-bytes";

export const isProxy = (integration: Integration) => integration.type === "AWS_PROXY" || integration.type === "HTTP_PROXY";

/** Fills {name} from path mappings and ${stageVariables.x} from the stage in an integration URI. */
export function substituteUri(uri: string, path: Readonly<Record<string, string>>, stageVariables: Readonly<Record<string, string>>): string {
  // Both kinds of placeholder have a brace: most URIs (and a MOCK's empty one) have none.
  if (!uri.includes("{")) return uri;
  return uri
    .replace(/\$\{stageVariables\.([A-Za-z0-9_]+)\}/g, (_, name: string) => stageVariables[name] ?? "")
    .replace(/\{([A-Za-z0-9._-]+)\+?\}/g, (whole, name: string) => (path[name] === undefined ? whole : encodePathValue(path[name]!)));
}

// A greedy value keeps its slashes; everything else in it is escaped.
const encodePathValue = (value: string) => value.split("/").map(encodeURIComponent).join("/");

/** The body after the request template chosen by Content-Type, honouring passthroughBehavior. */
function transformBody(invocation: RoutedInvocation, integration: Integration, payload: Buffer): Buffer {
  const contentType = invocation.request.headers["content-type"]?.[0]?.split(";")[0]?.trim().toLowerCase() || "application/json";
  const templates = integration.requestTemplates ?? {};
  const template = templates[contentType];
  if (template === undefined) {
    const behavior = integration.passthroughBehavior ?? "WHEN_NO_MATCH";
    if (behavior === "NEVER" || (behavior === "WHEN_NO_TEMPLATES" && Object.keys(templates).length > 0)) throw unsupportedMediaType();
    return payload;
  }
  const rendered = renderMappingTemplate(invocation.deployment.template(template), () => templateVariables(invocation, payload.toString("utf8")), invocation.overrides);
  invocation.overrides = rendered.overrides;
  return outputBytes(template, rendered.output);
}

/** An integration request's query with no parameters; frozen, as it is shared. */
const NO_QUERY: MultiMap = Object.freeze(nameMap<string[]>());

/** `base` with single values set over it; `base` itself (never changed) when there are none. */
function withValues(base: MultiMap, values: Readonly<Record<string, string>> | undefined): MultiMap {
  let out: MultiMap | undefined;
  for (const key in values) (out ??= Object.assign(nameMap<string[]>(), base))[key] = [values[key]!];
  return out ?? base;
}

/** Every request header, comma-joined (an HTTP_PROXY forwards them all). */
function joinedHeaders(headers: MultiMap): Record<string, string> {
  const out = nameMap<string>();
  for (const key in headers) out[key] = headers[key]!.join(",");
  return out;
}

/** Maps the method request to the integration request: parameters, template, URI. */
export const integrationRequest: Step = (invocation, next) => {
  const integration = invocation.method.methodIntegration;
  if (!integration) {
    invocation.log.add("Execution failed due to configuration error: No integration defined for method");
    throw apiConfigurationError();
  }
  const mapped = applyParameterMappings(integration.requestParameters, "integration.request.", () => mappingSources(invocation));
  const body = isProxy(integration) ? invocation.request.body : transformBody(invocation, integration, applyContentHandling(invocation.request.body, integration.contentHandling));
  const { requestOverride } = invocation.overrides;
  const forwardAll = integration.type === "HTTP_PROXY";
  const headers: Record<string, string> = forwardAll ? joinedHeaders(invocation.request.headers) : {};
  if (!forwardAll && invocation.request.headers["content-type"]) headers["content-type"] = invocation.request.headers["content-type"][0]!;
  Object.assign(headers, mapped.header, requestOverride.header);
  const uri = integration.uri ?? "";
  const request: IntegrationRequest = {
    // Most URIs have nothing to fill in (substituteUri): their path values are not even gathered.
    uri: uri.includes("{") ? substituteUri(uri, { ...(forwardAll ? invocation.pathParameters : {}), ...mapped.path, ...requestOverride.path }, invocation.target.stageVariables) : uri,
    httpMethod: forwardAll && integration.httpMethod === "ANY" ? invocation.request.httpMethod : (integration.httpMethod ?? invocation.request.httpMethod),
    headers,
    query: withValues(withValues(forwardAll ? invocation.request.query : NO_QUERY, mapped.querystring), requestOverride.querystring),
    body,
  };
  invocation.integrationRequest = request;
  logEndpointRequest(invocation, request);
  return next();
};

function logEndpointRequest(invocation: RoutedInvocation, request: IntegrationRequest): void {
  // Checked first: most stages log no method, and the lines' strings and closures would be built for nothing.
  if (!invocation.log.isKept || invocation.method.methodIntegration?.type === "MOCK") return;
  invocation.log.add(`Endpoint request URI: ${request.uri}`);
  invocation.log.add(() => `Endpoint request headers: ${logMap(request.headers)}`);
  invocation.log.add(() => `Endpoint request body after transformations: ${request.body.toString("utf8")}`);
  invocation.log.add(`Sending request to ${request.uri}`);
}
