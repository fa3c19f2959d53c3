import type { ScopeState } from "../../store/store";
import { ROOT_BASE_PATH, type BasePathMapping } from "./base-path-mappings";
import { tables } from "./tables";

export interface CustomDomainTarget {
  domainName: string;
  basePath: string;
  restApiId: string;
  stage: string;
  /** The request path inside the stage, always starting with "/". */
  path: string;
}

/**
 * Which API stage a request to a custom domain reaches: the mapping named by the path's first
 * segment, else the "(none)" mapping. A mapping without a stage takes the stage from the next
 * path segment, as AWS does. Undefined when nothing maps (AWS answers 403 then).
 */
export function resolveCustomDomain(state: ScopeState, host: string, path: string): CustomDomainTarget | undefined {
  const domainName = host.replace(/:\d+$/, "").replace(/\.$/, "").toLowerCase();
  if (!state.table(tables.domainNames).has("", domainName)) return undefined;
  const mappings = state.table<BasePathMapping>(tables.basePathMappings);
  const segments = path.split("?")[0]!.split("/").filter((segment) => segment !== "");
  const first = segments[0] === undefined ? undefined : safeDecode(segments[0]);
  const named = first === undefined ? undefined : mappings.get(domainName, first);
  const mapping = named ?? mappings.get(domainName, ROOT_BASE_PATH);
  if (!mapping || !state.table(tables.restApis).has("", mapping.restApiId)) return undefined;
  let rest = named ? segments.slice(1) : segments;
  let stage = mapping.stage;
  if (stage === undefined) {
    if (rest[0] === undefined) return undefined;
    stage = safeDecode(rest[0]);
    rest = rest.slice(1);
  }
  return { domainName, basePath: mapping.basePath, restApiId: mapping.restApiId, stage, path: `/${rest.join("/")}` };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
