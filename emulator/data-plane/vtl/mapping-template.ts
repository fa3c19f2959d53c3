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

const compiled = new Map<string, Compile>();

function compile(template: string): Compile {
  let result = compiled.get(template);
  if (!result) {
    result = new Compile(parse(template));
    // Templates come from a handful of deployed methods; a small bound keeps a busy sandbox from growing.
    if (compiled.size > 500) compiled.clear();
    compiled.set(template, result);
  }
  return result;
}

/**
 * Renders a mapping template with $input, $context, $stageVariables and $util. #set on
 * $context.requestOverride / responseOverride lands in the returned overrides.
 */
export function renderMappingTemplate(
  template: string,
  variables: TemplateVariables,
  overrides: ContextOverrides = emptyOverrides(),
): { output: string; overrides: ContextOverrides } {
  const context = { ...variables.context, ...structuredClone(overrides) };
  const output = compile(template).render({
    input: variables.input,
    context,
    stageVariables: { ...variables.stageVariables },
    util: vtlUtil,
  });
  return { output, overrides: { requestOverride: context.requestOverride, responseOverride: context.responseOverride } };
}
