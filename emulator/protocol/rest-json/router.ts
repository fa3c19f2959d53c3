import { apiGatewayOperations, type OperationBinding } from "./operations";

interface CompiledRoute {
  readonly binding: OperationBinding;
  /** Literal segments as strings; labels as { label }. */
  readonly segments: ReadonlyArray<string | { label: string }>;
}

export interface RouteMatch {
  readonly binding: OperationBinding;
  readonly params: Record<string, string>;
}

const compiled: Map<string, CompiledRoute[]> = new Map();
for (const binding of apiGatewayOperations) {
  const segments = binding.path
    .split("/")
    .slice(1)
    .map((segment) => (segment.startsWith("{") ? { label: segment.slice(1, -1).replace(/\+$/, "") } : segment));
  const routes = compiled.get(binding.method) ?? [];
  routes.push({ binding, segments });
  compiled.set(binding.method, routes);
}
// Routes with a query discriminator (ImportRestApi's mode=import) are tried before their plain twin.
for (const routes of compiled.values()) routes.sort((a, b) => Number(Boolean(b.binding.query)) - Number(Boolean(a.binding.query)));

/** Finds the API Gateway operation a request names, with its decoded path labels. */
export function matchOperation(method: string, pathname: string, query: URLSearchParams): RouteMatch | undefined {
  const routes = compiled.get(method);
  if (!routes) return undefined;
  const parts = pathname.split("/").slice(1);
  if (parts.length > 1 && parts.at(-1) === "") parts.pop();
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    if (route.binding.query && !Object.entries(route.binding.query).every(([key, value]) => query.get(key) === value)) continue;
    const params: Record<string, string> = {};
    let matched = true;
    for (let i = 0; i < parts.length; i++) {
      const segment = route.segments[i]!;
      const part = parts[i]!;
      if (typeof segment === "string") {
        if (segment !== part) {
          matched = false;
          break;
        }
      } else {
        if (part === "") {
          matched = false;
          break;
        }
        params[segment.label] = decodeURIComponent(part);
      }
    }
    if (matched) return { binding: route.binding, params };
  }
  return undefined;
}
