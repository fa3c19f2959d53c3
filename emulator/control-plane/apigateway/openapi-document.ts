// Reading an OpenAPI body: JSON or YAML text to a validated Swagger 2.0 / OpenAPI 3.0 document.
// Async (the validator resolves $refs), so it runs before the operation's transaction.
import { parse as parseYaml } from "yaml";
import { validate } from "@readme/openapi-parser";
import { badRequest } from "../../protocol/aws-error";
import { isObject, type JsonObject } from "./openapi-shared";
import { unexpectedAttributes, type ParseIssues } from "./openapi-parse-issues";
import { withMissingSchemasEmptied } from "./openapi-import-models";

// AWS answers exactly "Invalid OpenAPI input." for a body that is not a Swagger 2.0 / OpenAPI 3.0 document at all.
const invalidInput = () => badRequest("Invalid OpenAPI input.");

function parseText(text: string): JsonObject {
  if (text.trim() === "") throw invalidInput();
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    parsed = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    throw invalidInput();
  }
  if (!isObject(parsed)) throw invalidInput();
  const swagger = parsed.swagger === "2.0";
  const openapi = typeof parsed.openapi === "string" && parsed.openapi.startsWith("3.0");
  if (!swagger && !openapi) throw invalidInput();
  return parsed;
}

/** The validator's first line plus the line of the document it points at (its code frame is long). */
function conciseError(message: string): string {
  const lines = message.split("\n");
  const pointed = lines.find((line) => line.trimStart().startsWith(">"));
  return pointed ? `${lines[0]} (at ${pointed.replace(/^\s*>\s*\d+\s*\|\s*/, "").trim()})` : lines[0]!;
}

/**
 * Parses and validates; attributes the specification does not define become warnings (and are dropped), every
 * other schema error is listed in one BadRequestException.
 */
export async function readOpenApiDocument(text: string): Promise<ParseIssues> {
  const issues = unexpectedAttributes(parseText(text));
  // External $refs are never followed: a document must not make the sandbox read files or the network. A reference to
  // a model the document lacks is an import warning (read later), not a document error.
  const result = await validate(withMissingSchemasEmptied(issues.doc) as never, { resolve: { external: false } }).catch((error: Error) => ({
    valid: false as const,
    errors: [{ message: error.message }],
  }));
  if (!result.valid) {
    throw badRequest(`Errors found during import:\n\t${result.errors.map((error) => conciseError(error.message)).join("\n\t")}`);
  }
  return issues;
}
