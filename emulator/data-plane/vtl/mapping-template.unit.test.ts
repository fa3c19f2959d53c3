import { describe, expect, it } from "vitest";
import { Compile, parse } from "velocityjs";
import { compileMappingTemplate, renderMappingTemplate as renderCompiled } from "./mapping-template";
import { createVtlInput } from "./vtl-input";

const variables = (body: string) => ({
  input: createVtlInput(body, { path: { petId: "42" }, querystring: { q: "dogs" }, header: { "X-Trace": "t1" } }),
  context: { requestId: "req-1", stage: "prod" },
  stageVariables: { env: "beta" },
});

const renderMappingTemplate = (template: string, ...rest: Parameters<typeof renderCompiled> extends [unknown, ...infer R] ? R : never) =>
  renderCompiled(compileMappingTemplate(template), ...rest);

describe("compileMappingTemplate", () => {
  it("keeps text with no $ or # as its own output, exactly as velocity renders it", () => {
    const text = '{"statusCode": 200, "note": "a \\ b", "tab":"\t"}\n  ';
    const compiled = compileMappingTemplate(text);
    expect(compiled).toEqual({ literal: text });
    expect(renderCompiled(compiled, () => { throw new Error("a literal template needs no variables"); }).output).toBe(new Compile(parse(text)).render({}));
  });

  it("compiles anything with a reference or a directive", () => {
    expect("compiled" in compileMappingTemplate("$context.requestId")).toBe(true);
    expect("compiled" in compileMappingTemplate("## a comment")).toBe(true);
  });
});

describe("renderMappingTemplate", () => {
  it("reads the body with $input.json and $input.path", () => {
    const { output } = renderMappingTemplate(`{"name": $input.json('$.pet.name'), "n": $input.path('$.pet.legs')}`, variables('{"pet":{"name":"Rex","legs":4}}'));
    expect(JSON.parse(output)).toEqual({ name: "Rex", n: 4 });
  });

  it("reads parameters from path, then query string, then header", () => {
    const { output } = renderMappingTemplate(`$input.params('petId') $input.params('q') $input.params('x-trace')`, variables(""));
    expect(output).toBe("42 dogs t1");
  });

  it("exposes $context, $stageVariables and $util", () => {
    const { output } = renderMappingTemplate(`$context.requestId/$stageVariables.env/$util.escapeJavaScript("it's")/$util.base64Encode("hi")`, variables(""));
    expect(output).toBe("req-1/beta/it\\'s/aGk=");
  });

  it("iterates a list from $input.path with #foreach", () => {
    const { output } = renderMappingTemplate(`#foreach($p in $input.path('$.pets'))$p.id;#end`, variables('{"pets":[{"id":1},{"id":2}]}'));
    expect(output).toBe("1;2;");
  });

  it("returns response overrides set by the template", () => {
    const { overrides } = renderMappingTemplate(
      `#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Teapot = "yes")`,
      variables(""),
    );
    expect(overrides.responseOverride).toEqual({ status: 418, header: { "X-Teapot": "yes" } });
  });
});
