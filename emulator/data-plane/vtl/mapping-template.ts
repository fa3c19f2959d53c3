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
  /** Builds $context (requestId, stage, identity ...): a fresh object each call, as the template may #set into it. */
  context: () => Record<string, unknown>;
  stageVariables: Readonly<Record<string, string>>;
}

/**
 * velocityjs's Compile, its state cleared before each render: left alone, a #stop() silences every later render of
 * the template and each #foreach leaves a key behind (memory that grows with every request).
 */
class TemplateRenderer extends Compile {
  /** Renders with nothing left from an earlier render: #stop(), #define, #macro and #foreach state are per render. */
  renderAlone(context: Record<string, unknown>): string {
    this.runState = { stop: false, break: false };
    this.defines = {};
    this.macrosStore = {};
    this.conditions = [];
    this.contextId = "";
    // Each #foreach files its variables under a key never used again: an object without a prototype is a hash
    // table from the start, where a plain object would take a new hidden class per key.
    this.local = Object.create(null) as Record<string, unknown>;
    return this.render(context);
  }
}

/** A copy the template may #set into without touching the caller's (a structuredClone costs more than most renders). */
const copyOverrides = ({ requestOverride: request, responseOverride: response }: ContextOverrides): ContextOverrides => ({
  requestOverride: { header: { ...request.header }, querystring: { ...request.querystring }, path: { ...request.path } },
  responseOverride: { ...response, header: { ...response.header } },
});

/**
 * A mapping template ready to render: plain text (no $ or #) is its own output, anything else is parsed once and
 * knows whether it may read $context (a template can reach a variable only by its name, or by an eval).
 */
export type CompiledTemplate = { readonly literal: string } | { readonly renderer: TemplateRenderer; readonly readsContext: boolean };

/** Parses a template once, so each request only renders it. */
export function compileMappingTemplate(template: string): CompiledTemplate {
  if (!/[$#]/.test(template)) return { literal: template };
  return { renderer: new TemplateRenderer(parse(template)), readsContext: template.includes("context") || template.includes("eval") };
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
  // $context costs more to build than most renders: a template that cannot read it (nor set overrides) goes without.
  const context = template.readsContext ? Object.assign(variables.context(), copyOverrides(overrides)) : undefined;
  // One renderer per template (a new Compile per render costs more than the render); it starts each render clean.
  const output = template.renderer.renderAlone({
    input: variables.input,
    context,
    stageVariables: { ...variables.stageVariables },
    util: vtlUtil,
  });
  if (!context) return { output, overrides };
  return { output, overrides: { requestOverride: context.requestOverride, responseOverride: context.responseOverride } };
}
