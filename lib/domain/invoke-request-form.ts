/** The test-invoke form's text fields turned into a request, with errors a person can fix. */
export type ParsedLines = { values: Record<string, string>; errors: string[] };

/** The path parameters of a resource path, in order: `/pets/{petId}/{proxy+}` gives petId and proxy (greedy). */
export function pathParametersOf(resourcePath: string): { name: string; greedy: boolean }[] {
  return [...resourcePath.matchAll(/\{([^}/]+?)(\+?)\}/g)].map((match) => ({ name: match[1]!, greedy: match[2] === "+" }));
}

/** The request path with its parameters filled in (encoded; a greedy parameter keeps its slashes) and the query string. */
export function requestPath(resourcePath: string, parameters: Record<string, string>, query: string): string {
  const path = resourcePath.replace(/\{([^}/]+?)(\+?)\}/g, (_, name: string, greedy: string) => {
    const value = parameters[name] ?? "";
    return greedy ? value.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(value);
  });
  const trimmed = query.trim().replace(/^\?/, "");
  return trimmed ? `${path}?${trimmed}` : path;
}

/** Path parameters left empty: API Gateway would not route the request to this resource. */
export function missingPathParameters(resourcePath: string, parameters: Record<string, string>): string[] {
  return pathParametersOf(resourcePath)
    .filter(({ name }) => !(parameters[name] ?? "").trim())
    .map(({ name }) => name);
}

/** `Name: value` per line, as the AWS console takes headers; blank lines are skipped. */
export function parseHeaderLines(text: string): ParsedLines {
  return parseLines(text, ":", "Write each header as Name: value");
}

/** `name=value` per line, for stage variables. */
export function parseStageVariableLines(text: string): ParsedLines {
  return parseLines(text, "=", "Write each stage variable as name=value");
}

function parseLines(text: string, separator: string, hint: string): ParsedLines {
  const values: Record<string, string> = {};
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const at = line.indexOf(separator);
    const name = at > 0 ? line.slice(0, at).trim() : "";
    if (!name || /\s/.test(name)) {
      errors.push(`Line ${index + 1}: ${hint}.`);
      return;
    }
    values[name] = line.slice(at + 1).trim();
  });
  return { values, errors };
}

/** The body as the panel shows it: pretty-printed when it is JSON, else as sent. */
export function prettyBody(body: string): { text: string; json: boolean } {
  try {
    return { text: JSON.stringify(JSON.parse(body), null, 2), json: true };
  } catch {
    return { text: body, json: false };
  }
}
