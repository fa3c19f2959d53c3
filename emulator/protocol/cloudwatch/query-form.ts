// awsQuery request bodies: `A.B.member.2.C=x` form fields into nested members, `.member.N` lists into arrays.

type Node = Record<string, unknown>;
const forbidden = new Set(["__proto__", "constructor", "prototype"]);

export function formToInput(params: URLSearchParams): Node {
  const root: Node = {};
  for (const [key, value] of params) {
    if (key === "Action" || key === "Version") continue;
    const parts = key.split(".");
    if (parts.some((part) => forbidden.has(part) || part === "")) continue;
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        node[part] = value;
        return;
      }
      const child = node[part];
      node = child !== null && typeof child === "object" ? (child as Node) : (node[part] = {} as Node);
    });
  }
  return normalize(root) as Node;
}

/** `{ member: { "2": b, "1": a } }` becomes `[a, b]`; an empty field (`List=`) stays "" and reads as an empty list. */
function normalize(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const node = value as Node;
  const keys = Object.keys(node);
  if (keys.length === 1 && keys[0] === "member" && typeof node.member === "object") {
    const members = node.member as Node;
    return Object.keys(members)
      .filter((index) => /^\d+$/.test(index))
      .sort((a, b) => Number(a) - Number(b))
      .map((index) => normalize(members[index]));
  }
  const out: Node = {};
  for (const key of keys) out[key] = normalize(node[key]);
  return out;
}
