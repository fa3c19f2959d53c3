// Which API document a comparison side means, as written in URLs: the working copy, a stage, a deployment, or nothing.

export type DocumentRef = { kind: "working" } | { kind: "empty" } | { kind: "stage"; stageName: string } | { kind: "deployment"; deploymentId: string };

/** Reads `working`, `empty`, `stage:<name>` or `deployment:<id>`; anything else is null. */
export function parseDocumentRef(text: string | null | undefined): DocumentRef | null {
  if (text === "working") return { kind: "working" };
  if (text === "empty") return { kind: "empty" };
  const stage = /^stage:([A-Za-z0-9_-]{1,128})$/.exec(text ?? "");
  if (stage) return { kind: "stage", stageName: stage[1]! };
  const deployment = /^deployment:([A-Za-z0-9]{1,64})$/.exec(text ?? "");
  return deployment ? { kind: "deployment", deploymentId: deployment[1]! } : null;
}

/** The name a diff header shows for one side. */
export function documentRefLabel(ref: DocumentRef): string {
  switch (ref.kind) {
    case "working":
      return "working copy";
    case "empty":
      return "nothing deployed";
    case "stage":
      return `stage ${ref.stageName}`;
    case "deployment":
      return `deployment ${ref.deploymentId}`;
  }
}

export function formatDocumentRef(ref: DocumentRef): string {
  return ref.kind === "stage" ? `stage:${ref.stageName}` : ref.kind === "deployment" ? `deployment:${ref.deploymentId}` : ref.kind;
}
