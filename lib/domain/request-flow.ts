import type { IntegrationResponseDefinition, MethodDefinition, MethodPickerLists, MethodResponseDefinition } from "./method-definition";

export const flowParts = ["method-request", "integration-request", "integration-response", "method-response"] as const;
export type FlowPart = (typeof flowParts)[number];

/** One box of the request-flow diagram; `part` is set when the box opens an editable part. */
export type FlowBox = { key: string; title: string; summary: string; part: FlowPart | null };

/** An integration response and the method response with the same status code; either may be missing. */
export type ResponsePair = { statusCode: string; integration: IntegrationResponseDefinition | null; method: MethodResponseDefinition | null };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

function validatorLabel(method: MethodDefinition, pickers: MethodPickerLists): string | null {
  if (!method.requestValidatorId) return null;
  const validator = pickers.validators.find((candidate) => candidate.id === method.requestValidatorId);
  if (!validator) return `validator: ${method.requestValidatorId}`;
  const what = validator.validateBody && validator.validateParameters ? "body + params" : validator.validateBody ? "body" : validator.validateParameters ? "params" : "none";
  return `validator: ${what}`;
}

/** "AWS_IAM · API key · 2 params · validator: body" */
export function summarizeMethodRequest(method: MethodDefinition, pickers: MethodPickerLists): string {
  const params = Object.keys(method.requestParameters).length;
  const models = Object.keys(method.requestModels).length;
  return [
    method.authorizationType,
    method.apiKeyRequired ? "API key" : null,
    params > 0 ? plural(params, "param") : null,
    models > 0 ? plural(models, "model") : null,
    validatorLabel(method, pickers),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** "HTTP_PROXY · GET · 3 s timeout · 1 template" */
export function summarizeIntegrationRequest(method: MethodDefinition): string {
  const integration = method.integration;
  if (!integration) return "No integration";
  const templates = Object.keys(integration.requestTemplates).length;
  const mappings = Object.keys(integration.requestParameters).length;
  return [
    integration.type,
    integration.type === "MOCK" ? null : integration.httpMethod,
    // A mock has no backend to wait for, so its timeout means nothing.
    integration.type === "MOCK" || integration.timeoutInMillis === 29_000 ? null : `${formatTimeout(integration.timeoutInMillis)} timeout`,
    mappings > 0 ? plural(mappings, "mapping") : null,
    templates > 0 ? plural(templates, "template") : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** "500 ms", "5 s", "12.5 s" */
export function formatTimeout(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(2))} s`;
}

/** Where the request goes: the URI's host and path, or what the integration type means when it has none. */
export function summarizeBackend(method: MethodDefinition): string {
  const integration = method.integration;
  if (!integration) return "Not set up";
  if (integration.type === "MOCK") return "Mock: no backend";
  const lambda = /functions\/(arn:[^/]+:function:([^/:]+))/.exec(integration.uri);
  if (lambda) return `Lambda ${lambda[2]}`;
  return integration.uri || "No URI";
}

/** Pairs integration and method responses by status code, in ascending order. */
export function pairResponses(method: MethodDefinition): ResponsePair[] {
  const integrationResponses = method.integration?.integrationResponses ?? {};
  const codes = [...new Set([...Object.keys(integrationResponses), ...Object.keys(method.methodResponses)])].sort();
  return codes.map((statusCode) => ({ statusCode, integration: integrationResponses[statusCode] ?? null, method: method.methodResponses[statusCode] ?? null }));
}

function statusList(codes: string[]): string {
  return codes.length === 0 ? "None" : codes.join(", ");
}

/** The six boxes of API Gateway's request flow, each with its one-line summary. */
export function buildRequestFlow(method: MethodDefinition, pickers: MethodPickerLists): FlowBox[] {
  const pairs = pairResponses(method);
  const proxy = method.integration?.type === "AWS_PROXY" || method.integration?.type === "HTTP_PROXY";
  const integrationCodes = pairs.filter((pair) => pair.integration).map((pair) => pair.statusCode);
  return [
    { key: "client", title: "Client", summary: method.httpMethod, part: null },
    { key: "method-request", title: "Method request", summary: summarizeMethodRequest(method, pickers), part: "method-request" },
    { key: "integration-request", title: "Integration request", summary: summarizeIntegrationRequest(method), part: "integration-request" },
    { key: "backend", title: "Backend", summary: summarizeBackend(method), part: null },
    {
      key: "integration-response",
      title: "Integration response",
      summary: proxy ? "Passed through (proxy)" : statusList(integrationCodes),
      part: "integration-response",
    },
    { key: "method-response", title: "Method response", summary: statusList(pairs.filter((pair) => pair.method).map((pair) => pair.statusCode)), part: "method-response" },
  ];
}

/** The part named in the URL, or the method request when it names none or an unknown one. */
export function flowPartFrom(value: string | null | undefined): FlowPart {
  return flowParts.find((part) => part === value) ?? "method-request";
}
