/** A `${stageVariables.name}` reference found in a URI or template, with its position for highlighting. */
export type StageVariableRef = { name: string; start: number; end: number };

const referencePattern = /\$\{stageVariables\.([A-Za-z0-9_]+)\}/g;

/** Every `${stageVariables.x}` reference in the text, in order. */
export function findStageVariableRefs(text: string): StageVariableRef[] {
  return [...text.matchAll(referencePattern)].map((match) => ({ name: match[1]!, start: match.index, end: match.index + match[0].length }));
}

/** Splits text into plain and reference pieces, so a view can highlight the references. */
export function splitStageVariableRefs(text: string): { text: string; ref: string | null }[] {
  const pieces: { text: string; ref: string | null }[] = [];
  let at = 0;
  for (const ref of findStageVariableRefs(text)) {
    if (ref.start > at) pieces.push({ text: text.slice(at, ref.start), ref: null });
    pieces.push({ text: text.slice(ref.start, ref.end), ref: ref.name });
    at = ref.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), ref: null });
  return pieces;
}

/**
 * The host an HTTP or HTTP_PROXY URI names literally, or null when the host comes from a stage variable (or the URI
 * has none): a literal host ties every stage to one backend.
 */
export function hardCodedHost(integrationType: string, uri: string): string | null {
  if (integrationType !== "HTTP" && integrationType !== "HTTP_PROXY") return null;
  const match = /^https?:\/\/([^/?#]*)/i.exec(uri.trim());
  const authority = match?.[1];
  if (!authority) return null;
  if (findStageVariableRefs(authority).length > 0) return null;
  return authority.replace(/^[^@]*@/, "");
}
