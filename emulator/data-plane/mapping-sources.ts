import { contextVariables } from "./context-variables";
import { lastValues, type RoutedInvocation } from "./invocation-context";
import type { MappingSources } from "./parameter-mapping";
import { createVtlInput, type InputParams, type VtlInput } from "./vtl/vtl-input";
import type { TemplateVariables } from "./vtl/mapping-template";


/** $input.params(): path, query string and headers of the method request. */
export function inputParams(invocation: RoutedInvocation): InputParams {
  return { path: { ...invocation.pathParameters }, querystring: lastValues(invocation.request.query), header: lastValues(invocation.request.headers) };
}

/** What parameter mappings read, for the method request (and the integration response when there is one). */
export function mappingSources(invocation: RoutedInvocation): MappingSources {
  const endpoint = invocation.endpointResponse;
  return {
    path: invocation.pathParameters,
    query: invocation.request.query,
    headers: invocation.request.headers,
    body: invocation.request.body.toString("utf8"),
    responseHeaders: endpoint?.headers,
    responseBody: endpoint?.body.toString("utf8"),
    context: contextVariables(invocation),
    stageVariables: invocation.target.stageVariables,
  };
}

/** The variables of a mapping template over `body` ($input reads it; $context, $stageVariables as usual). */
export function templateVariables(invocation: RoutedInvocation, body: string): TemplateVariables {
  // Parameters and $context are built only for a template that reads them.
  const input: VtlInput = createVtlInput(body, () => inputParams(invocation));
  return { input, context: () => contextVariables(invocation), stageVariables: invocation.target.stageVariables };
}
