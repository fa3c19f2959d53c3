// What the data plane asks before sending a private integration's request: does its VPC link work right now?
import type { ScopeState } from "../../store/store";
import { findVpcLink } from "./vpc-links";

/** connectionId as the stage serves it: `${stageVariables.x}` is replaced by the stage's variable x. */
export const resolveConnectionId = (connectionId: string, stageVariables: Readonly<Record<string, string>>): string =>
  connectionId.replace(/^\$\{stageVariables\.([A-Za-z0-9_]+)\}$/, (_, name: string) => stageVariables[name] ?? "");

/** Why a request through the link cannot go (for the execution log), or undefined when the link is AVAILABLE. */
export function vpcLinkUnusable(
  state: ScopeState,
  connectionId: string | undefined,
  stageVariables: Readonly<Record<string, string>>,
  now: number,
): string | undefined {
  const id = resolveConnectionId(connectionId ?? "", stageVariables);
  const found = id ? findVpcLink(state, id, now) : undefined;
  if (!found) return `Invalid VPC link identifier specified: ${id || "null"}`;
  if (found.status !== "AVAILABLE") return `VPC link ${id} is ${found.status}, not AVAILABLE`;
  return undefined;
}
