import "server-only";
import { checkOpenApiText, describeProblem } from "@/lib/domain/openapi-check";
import { ConsoleError } from "@/lib/errors";

/** The server's own check before an import: a document with errors is refused beside the document field. */
export async function assertImportableDocument(text: string): Promise<void> {
  const { document, problems } = await checkOpenApiText(text);
  if (document) return;
  const errors = problems.filter((problem) => problem.severity === "error").map(describeProblem);
  throw new ConsoleError("validation", "The document has errors; nothing was imported.", { fieldErrors: { document: errors } });
}
