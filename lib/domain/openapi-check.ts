import { parseOpenApiSource, type SourceProblem } from "./openapi-source";
import { validateOpenApi } from "./openapi-validation";

export type DocumentProblem = SourceProblem & { severity: "error" | "warning" };
export type CheckedOpenApi = { document: Record<string, unknown> | null; problems: DocumentProblem[] };

/** Parses and validates OpenAPI text; `document` is null when there is any error, and every problem names its line when known. */
export async function checkOpenApiText(text: string): Promise<CheckedOpenApi> {
  const parsed = parseOpenApiSource(text);
  if (!parsed.ok) return { document: null, problems: parsed.problems.map((problem) => ({ ...problem, severity: "error" })) };
  const findings = await validateOpenApi(parsed.document);
  const problems = findings.map(({ severity, message, path }): DocumentProblem => {
    const position = path ? parsed.positionOf(path) : null;
    return { severity, message, line: position?.line ?? null, column: position?.column ?? null };
  });
  return { document: problems.some((problem) => problem.severity === "error") ? null : parsed.document, problems };
}

/** One line per problem, "line 4, column 3: message", for a field error. */
export function describeProblem(problem: SourceProblem): string {
  if (problem.line === null) return problem.message;
  return `Line ${problem.line}${problem.column !== null ? `, column ${problem.column}` : ""}: ${problem.message}`;
}
