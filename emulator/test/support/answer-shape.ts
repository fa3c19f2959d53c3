/** An SDK answer without its metadata, with dates as "<date>" and the given ids as "<name>", for whole-shape asserts. */
export function shapeOf(answer: object, ids: Record<string, string | undefined> = {}): Record<string, unknown> {
  const names = new Map(Object.entries(ids).map(([name, value]) => [value, `<${name}>`]));
  const entries = Object.entries(answer).filter(([key]) => key !== "$metadata");
  return Object.fromEntries(entries.map(([key, value]) => [key, value instanceof Date ? "<date>" : (names.get(value as string) ?? value)]));
}
