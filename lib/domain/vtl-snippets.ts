/** Common mapping-template expressions offered by the template editor, grouped as AWS documents them. */
export type VtlSnippet = { label: string; text: string };

export const vtlSnippets: readonly VtlSnippet[] = [
  { label: "Whole body as JSON", text: "$input.json('$')" },
  { label: "Body field", text: "$input.path('$.field')" },
  { label: "Path parameter", text: "$input.params('name')" },
  { label: "All parameters", text: '#set($params = $input.params())\n{\n  "path": $util.toJson($params.path),\n  "querystring": $util.toJson($params.querystring),\n  "header": $util.toJson($params.header)\n}' },
  { label: "Escape JavaScript", text: "$util.escapeJavaScript($input.body)" },
  { label: "Parse JSON", text: "$util.parseJson($input.body)" },
  { label: "URL-encode", text: "$util.urlEncode($input.params('q'))" },
  { label: "Base64-encode", text: "$util.base64Encode($input.body)" },
  { label: "Request id", text: "$context.requestId" },
  { label: "Source IP", text: "$context.identity.sourceIp" },
  { label: "Stage", text: "$context.stage" },
  { label: "Stage variable", text: "$stageVariables.name" },
  { label: "Authorizer claim", text: "$context.authorizer.claims.sub" },
  { label: "Override status", text: "#set($context.responseOverride.status = 400)" },
];

/** The template with a snippet added on its own line at the end. */
export function appendSnippet(template: string, snippet: string): string {
  if (template === "") return snippet;
  return template.endsWith("\n") ? `${template}${snippet}` : `${template}\n${snippet}`;
}
