/**
 * API Gateway's rules for a resource's path part, checked before the call so a person reads the reason in words.
 * AWS's own wording: "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end
 * and an optional plus sign before the closing brace." AWS also accepts ":" in a static part (e.g. `events:batch`,
 * as Google-style custom methods use it), which the sandbox mirrors.
 */

export type PathPartKind = "static" | "parameter" | "greedy";

/** The sibling and parent facts the rules need; the root's path part is null. */
export type PathPartPlacement = {
  parent: { path: string; pathPart: string | null };
  /** The parent's other children (for a rename, without the resource being renamed). */
  siblings: readonly { pathPart: string | null }[];
};

const staticPattern = /^[a-zA-Z0-9._:-]+$/;
const parameterPattern = /^\{[a-zA-Z0-9._-]+\}$/;
const greedyPattern = /^\{[a-zA-Z0-9._-]+\+\}$/;

/** Whether a valid path part is a plain name, a `{param}` or a greedy `{param+}`; null when it is none of them. */
export function pathPartKind(pathPart: string): PathPartKind | null {
  if (staticPattern.test(pathPart)) return "static";
  if (parameterPattern.test(pathPart)) return "parameter";
  if (greedyPattern.test(pathPart)) return "greedy";
  return null;
}

/** Why a path part is not one AWS accepts on its own, in words a person understands; null when it is. */
export function pathPartFormatProblem(pathPart: string): string | null {
  if (pathPart === "") return "Enter a path part, such as pets, {petId} or {proxy+}.";
  if (pathPartKind(pathPart)) return null;
  if (pathPart.includes("/")) return "A path part is one segment without “/”: add pets/{petId} as pets, then {petId} under it.";
  if (/[{}]/.test(pathPart)) return describeBraceProblem(pathPart);
  const bad = [...new Set(pathPart.replace(/[a-zA-Z0-9._:-]/g, ""))].map((char) => (char === " " ? "a space" : `“${char}”`));
  return `Use only letters, digits and . _ - : in a path part (not ${bad.join(", ")}), or a parameter such as {id}.`;
}

function describeBraceProblem(pathPart: string): string {
  if (!pathPart.startsWith("{") || !pathPart.endsWith("}")) {
    return "A path parameter is the whole path part in braces, such as {petId}; it cannot be mixed with other text.";
  }
  if (pathPart === "{}" || pathPart === "{+}") return "Name the path parameter between the braces, such as {petId} or {proxy+}.";
  if (pathPart.slice(1, -1).includes("+") && !pathPart.endsWith("+}")) return "In a greedy parameter the “+” goes just before the closing brace: {proxy+}.";
  return "Name a path parameter with letters, digits and . _ - only, such as {petId}.";
}

/** Every reason AWS would refuse this path part at this place (format first, then parent and siblings); null when none. */
export function pathPartProblem(pathPart: string, { parent, siblings }: PathPartPlacement): string | null {
  const formatProblem = pathPartFormatProblem(pathPart);
  if (formatProblem) return formatProblem;
  if (parent.pathPart !== null && pathPartKind(parent.pathPart) === "greedy") {
    return `${parent.path} is a greedy path parameter: it already matches every path below it, so it cannot have child resources.`;
  }
  if (siblings.some((sibling) => sibling.pathPart === pathPart)) return `${childPath(parent.path, pathPart)} already exists.`;
  const otherParameter = siblings.find((sibling) => sibling.pathPart !== null && sibling.pathPart.startsWith("{"));
  if (pathPartKind(pathPart) !== "static" && otherParameter) {
    return `${parent.path} already has a path parameter, ${otherParameter.pathPart}; a resource can have only one parameter child.`;
  }
  return null;
}

/** The full path of a child resource. */
export function childPath(parentPath: string, pathPart: string): string {
  return parentPath === "/" ? `/${pathPart}` : `${parentPath}/${pathPart}`;
}
