import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

/** Where a problem is in the pasted or uploaded text; lines and columns count from 1. */
export type SourceProblem = { message: string; line: number | null; column: number | null };
export type SourcePath = readonly (string | number)[];

export type ParsedOpenApiSource =
  | { ok: true; document: Record<string, unknown>; positionOf: (path: SourcePath) => { line: number; column: number } | null }
  | { ok: false; problems: SourceProblem[] };

/** AWS's limit for an ImportRestApi or PutRestApi body ("The maximum size of the API definition file is 6MB"). */
export const maxOpenApiBytes = 6 * 1024 * 1024;

/** Parses JSON or YAML (YAML is a superset of JSON) keeping node positions, so later problems can name a line. */
export function parseOpenApiSource(text: string): ParsedOpenApiSource {
  if (new TextEncoder().encode(text).length > maxOpenApiBytes) return failure("The document is larger than 6 MB, AWS's limit for an API definition file.");
  if (text.trim() === "") return failure("Paste or upload an OpenAPI document.");
  const lineCounter = new LineCounter();
  const parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (parsed.errors.length > 0) {
    return {
      ok: false,
      problems: parsed.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return { message: firstLine(error.message), line, column: col };
      }),
    };
  }
  const document: unknown = parsed.toJS({ maxAliasCount: 100 });
  if (!document || typeof document !== "object" || Array.isArray(document)) return failure("The document must be a JSON or YAML object, with `openapi` or `swagger` at the top.", 1);
  const positionOf = (path: SourcePath) => {
    const offset = offsetOf(parsed.contents, path);
    if (offset === null) return null;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return { ok: true, document: document as Record<string, unknown>, positionOf };
}

/** The offset of the deepest key (or item) on the path that exists: a missing property points at its parent's key. */
function offsetOf(root: Node | null, path: SourcePath): number | null {
  let node: unknown = root;
  let offset: number | null = (root as Node | null)?.range?.[0] ?? null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function failure(message: string, line: number | null = null): ParsedOpenApiSource {
  return { ok: false, problems: [{ message, line, column: null }] };
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
