import { Compile, parse } from "velocityjs";
import { vtlUtil } from "./vtl-util";
import type { VtlInput } from "./vtl-input";

/** What a template may override: $context.requestOverride in request templates, responseOverride in response ones. */
export interface ContextOverrides {
  requestOverride: { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };
  responseOverride: { status?: number | string; header: Record<string, string> };
}

export const emptyOverrides = (): ContextOverrides => ({
  requestOverride: { header: {}, querystring: {}, path: {} },
  responseOverride: { header: {} },
});

export interface TemplateVariables {
  input: VtlInput;
  /** $context: request context variables (requestId, stage, identity ...). */
  context: Record<string, unknown>;
  stageVariables: Readonly<Record<string, string>>;
}

/** A copy the template may #set into without touching the caller's (a structuredClone costs more than most renders). */
const copyOverrides = ({ requestOverride: request, responseOverride: response }: ContextOverrides): ContextOverrides => ({
  requestOverride: { header: { ...request.header }, querystring: { ...request.querystring }, path: { ...request.path } },
  responseOverride: { ...response, header: { ...response.header } },
});

/** A mapping template ready to render: plain text (no $ or #) is its own output, anything else is compiled once. */
export type CompiledTemplate = { readonly literal: string } | { readonly compiled: Compile };

/** Parses a template once, so each request only renders it. */
export function compileMappingTemplate(template: string): CompiledTemplate {
  return /[$#]/.test(template) ? { compiled: new Compile(parse(template)) } : { literal: template };
}

/**
 * Renders a mapping template with $input, $context, $stageVariables and $util. #set on
 * $context.requestOverride / responseOverride lands in the returned overrides.
 */
export function renderMappingTemplate(
  template: CompiledTemplate,
  variables: TemplateVariables | (() => TemplateVariables),
  overrides: ContextOverrides = emptyOverrides(),
): { output: string; overrides: ContextOverrides } {
  // Plain text reads nothing and overrides nothing, so its variables are never built.
  if ("literal" in template) return { output: template.literal, overrides };
  if (typeof variables === "function") variables = variables();
  const context = { ...variables.context, ...copyOverrides(overrides) };
  const output = template.compiled.render({
    input: variables.input,
    context,
    stageVariables: { ...variables.stageVariables },
    util: vtlUtil,
  });
  return { output, overrides: { requestOverride: context.requestOverride, responseOverride: context.responseOverride } };
}
