import { environmentJsonRead, jsonFailure } from "@/lib/data/console-json-route";
import { getDb } from "@/lib/db/client";
import { compareDocuments } from "@/lib/deployments/compare-documents";
import { parseDocumentRef } from "@/lib/domain/document-ref";

/** The reviewed diff between two documents of an API: ?before=stage:dev&after=working (also deployment:<id>, empty). */
export async function GET(request: Request, { params }: { params: Promise<{ envId: string; apiId: string }> }) {
  const { envId, apiId } = await params;
  const query = new URL(request.url).searchParams;
  const before = parseDocumentRef(query.get("before"));
  const after = parseDocumentRef(query.get("after"));
  if (!before || !after) return jsonFailure(400, "validation", "Name both sides as working, empty, stage:<name> or deployment:<id>.");
  return environmentJsonRead(envId, async (environment) => compareDocuments(environment, await getDb(), apiId, before, after));
}
