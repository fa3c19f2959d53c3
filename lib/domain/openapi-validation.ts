import { validate } from "@readme/openapi-parser";
import type { SourcePath } from "./openapi-source";

export type OpenApiFinding = { severity: "error" | "warning"; message: string; path: SourcePath | null };

const methods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * Validates an OpenAPI 3 or Swagger 2 document with @readme/openapi-parser, without resolving external references
 * (no file or network access), and says where in the document each finding is.
 */
export async function validateOpenApi(document: Record<string, unknown>): Promise<OpenApiFinding[]> {
  if (!("openapi" in document) && !("swagger" in document)) {
    return [{ severity: "error", message: "This is not an OpenAPI document: it needs `openapi: 3.0.x` or `swagger: \"2.0\"` at the top.", path: [] }];
  }
  const result = await validate(structuredClone(document) as never, { resolve: { external: false }, validate: { errors: { colorize: false } } });
  const errors = result.valid ? [] : result.errors.map((error) => finding("error", error.message, document));
  return [...errors, ...result.warnings.map((warning) => finding("warning", warning.message, document))];
}

function finding(severity: OpenApiFinding["severity"], message: string, document: unknown): OpenApiFinding {
  return { severity, message: readable(message.split("\n")[0]!.trim()), path: pathOfMessage(message, document) };
}

/** Drops the validator's shouted keyword ("REQUIRED must have…" becomes "Must have…"). */
function readable(message: string): string {
  const text = message.replace(/^[A-Z][A-Z ]+ (?=[a-z`'"])/, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The validator prints a code frame of the document as `JSON.stringify(document, null, 2)` with `>` on the line at
 * fault; the same layout, rebuilt here, turns that line back into a path. Semantic findings name the operation instead.
 */
export function pathOfMessage(message: string, document: unknown): SourcePath | null {
  const framed = /^>\s*(\d+)\s*\|/m.exec(message);
  if (framed) return jsonLinePaths(document)[Number(framed[1]) - 1] ?? null;
  const operation = /`\/paths(\/.*)\/(\w+)`/.exec(message);
  if (operation && methods.has(operation[2]!.toLowerCase())) return ["paths", operation[1]!, operation[2]!];
  return null;
}

/** For each line of `JSON.stringify(value, null, 2)`, the path of the value that line opens or holds. */
export function jsonLinePaths(value: unknown): SourcePath[] {
  const lines: SourcePath[] = [];
  const walk = (node: unknown, path: SourcePath) => {
    lines.push(path);
    if (node === null || typeof node !== "object") return;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((item, index) => [index, item]) : Object.entries(node).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    for (const [key, child] of entries) walk(child, [...path, key]);
    lines.push(path);
  };
  walk(value, []);
  return lines;
}
