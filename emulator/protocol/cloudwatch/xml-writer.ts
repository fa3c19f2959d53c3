// awsQuery responses: members as elements, lists as <member> children, maps as <entry><key/><value/></entry>,
// timestamps as ISO 8601, every character escaped.

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

export function isoTimestamp(date: Date): string {
  return date.toISOString().replace(".000Z", "Z");
}

/** The children of a structure (or the content of a scalar) as XML text. */
export function xmlContent(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (value instanceof Date) return isoTimestamp(value);
  if (value instanceof Map) {
    return [...value.entries()].map(([k, v]) => `<entry><key>${escapeXml(String(k))}</key><value>${xmlContent(v)}</value></entry>`).join("");
  }
  if (Array.isArray(value)) return value.map((item) => `<member>${xmlContent(item)}</member>`).join("");
  if (typeof value === "object") {
    return Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .map(([name, member]) => `<${name}>${xmlContent(member)}</${name}>`)
      .join("");
  }
  return escapeXml(String(value));
}
