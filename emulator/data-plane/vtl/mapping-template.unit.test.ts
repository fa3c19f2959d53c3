import { describe, expect, it } from "vitest";
import { Compile, parse } from "velocityjs";
import { compileMappingTemplate, emptyOverrides, renderMappingTemplate as renderCompiled } from "./mapping-template";
import { createVtlInput } from "./vtl-input";
import { vtlUtil } from "./vtl-util";

const variables = (body: string) => ({
  input: createVtlInput(body, { path: { petId: "42" }, querystring: { q: "dogs" }, header: { "X-Trace": "t1" } }),
  context: () => ({ requestId: "req-1", stage: "prod" }),
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
    expect("renderer" in compileMappingTemplate("$context.requestId")).toBe(true);
    expect("renderer" in compileMappingTemplate("## a comment")).toBe(true);
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

describe("renderMappingTemplate over one compiled template, request after request", () => {
  // What a fresh velocityjs Compile renders: the output each request must get, whatever earlier requests did.
  const freshRender = (template: string, body: string) =>
    new Compile(parse(template)).render({ ...variables(body), context: { ...variables(body).context(), ...emptyOverrides() }, util: vtlUtil });

  const TEMPLATES: Array<[string, string[]]> = [
    [`a#if($input.path('$.stop'))#stop()#end b`, ['{"stop": true}', '{"stop": false}', "{}"]],
    [`#foreach($p in $input.path('$.pets'))$p.id#if($foreach.hasNext),#end#end|#foreach($i in [1..2])$i#end`, ['{"pets":[{"id":1},{"id":2}]}', '{"pets":[]}', "{}"]],
    [`#if($input.path('$.d'))#define($word)defined#end#end$!word.`, ['{"d": true}', "{}"]],
    [`#if($input.path('$.m'))#macro(hello)hi#end#end#hello()`, ['{"m": true}', "{}"]],
    [`#set($n = $input.path('$.n'))#foreach($i in [1..3])#if($i == $n)#break#end$i#end`, ['{"n": 2}', '{"n": 9}']],
    [`$context.requestId $input.json('$') $input.params('q') $stageVariables.env $util.urlEncode("a b")`, ['{"x": [1, "two"]}', ""]],
  ];

  it("renders each request as a fresh velocityjs render would, whatever the requests before it did", () => {
    for (const [template, bodies] of TEMPLATES) {
      const compiled = compileMappingTemplate(template);
      for (const body of [...bodies, ...bodies.reverse()]) {
        expect({ template, body, output: renderCompiled(compiled, variables(body)).output }).toEqual({ template, body, output: freshRender(template, body) });
      }
    }
  });

  it("keeps no per-request state in the template: thousands of #foreach renders leave nothing behind", () => {
    const compiled = compileMappingTemplate(`#foreach($i in [1..2])$i#end`);
    if (!("renderer" in compiled)) throw new Error("expected a compiled template");
    for (let i = 0; i < 2_000; i++) renderCompiled(compiled, variables(""));
    expect(Object.keys((compiled.renderer as unknown as { local: object }).local).length).toBeLessThanOrEqual(1);
  });

  it("builds no $context for a template that does not name it, and hands the overrides back untouched", () => {
    const overrides = emptyOverrides();
    const noContext = { ...variables('{"a": 1}'), context: () => { throw new Error("$context built for a template that cannot read it"); } };
    const rendered = renderCompiled(compileMappingTemplate(`$input.json('$.a')`), noContext, overrides);
    expect(rendered).toEqual({ output: "1", overrides });
    expect(rendered.overrides).toBe(overrides);
  });

  it("builds the parameters only for a template that reads them", () => {
    let built = 0;
    const params = () => (built++, { path: {}, querystring: { q: "dogs" }, header: {} });
    renderCompiled(compileMappingTemplate(`$input.json('$')`), { ...variables(""), input: createVtlInput("{}", params) });
    expect(built).toBe(0);
    const { output } = renderCompiled(compileMappingTemplate(`$input.params('q')$input.params('q')`), { ...variables(""), input: createVtlInput("{}", params) });
    expect({ output, built }).toEqual({ output: "dogsdogs", built: 1 });
  });
});
