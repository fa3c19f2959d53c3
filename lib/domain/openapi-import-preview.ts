/** What an import will create, change or remove, computed from the document before anything is sent to AWS. */
export type ImportMode = "new" | "merge" | "overwrite";
export type BasePathMode = "ignore" | "prepend" | "split";
export type ResourceMethods = { path: string; methods: string[] };

export type ImportPreview = {
  specification: "OpenAPI 3" | "Swagger 2";
  title: string | null;
  /** Every resource the API will have from the document, ancestors included (API Gateway creates them). */
  resources: (ResourceMethods & { change: "add" | "update" })[];
  methodCount: number;
  models: string[];
  authorizers: { name: string; type: string }[];
  validators: string[];
  binaryMediaTypes: string[];
  gatewayResponses: string[];
  /** Overwrite only: resources and methods of the current API that the document does not have. */
  removed: (ResourceMethods & { wholeResource: boolean })[];
};

const verbs = ["get", "put", "post", "delete", "options", "head", "patch"];
type Json = Record<string, unknown>;

/** Previews an import in the given mode against the current API's resources (empty for a new API). */
export function buildImportPreview(document: Json, options: { mode: ImportMode; basePath: BasePathMode; current?: readonly ResourceMethods[] }): ImportPreview {
  const swagger = typeof document.swagger === "string";
  const prefix = basePathPrefix(document, options.basePath);
  const declared = documentResources(document, prefix);
  const current = new Map((options.current ?? []).map((resource) => [resource.path, resource.methods]));
  const resources = declared.map((resource) => ({ ...resource, change: current.has(resource.path) && options.mode !== "new" ? ("update" as const) : ("add" as const) }));
  return {
    specification: swagger ? "Swagger 2" : "OpenAPI 3",
    title: typeof objectAt(document, "info").title === "string" ? (objectAt(document, "info").title as string) : null,
    resources,
    methodCount: declared.reduce((sum, resource) => sum + resource.methods.length, 0),
    models: Object.keys(swagger ? objectAt(document, "definitions") : objectAt(objectAt(document, "components"), "schemas")).sort(),
    authorizers: authorizersOf(swagger ? objectAt(document, "securityDefinitions") : objectAt(objectAt(document, "components"), "securitySchemes")),
    validators: Object.keys(objectAt(document, "x-amazon-apigateway-request-validators")).sort(),
    binaryMediaTypes: stringsAt(document, "x-amazon-apigateway-binary-media-types"),
    gatewayResponses: Object.keys(objectAt(document, "x-amazon-apigateway-gateway-responses")).sort(),
    removed: options.mode === "overwrite" ? removedBy(declared, options.current ?? []) : [],
  };
}

/** The document's resources and methods, with every ancestor path present and the base path applied. */
export function documentResources(document: Json, prefix = ""): ResourceMethods[] {
  const byPath = new Map<string, Set<string>>([["/", new Set()]]);
  for (const [rawPath, item] of Object.entries(objectAt(document, "paths"))) {
    const path = joinPath(prefix, rawPath);
    for (const ancestor of ancestorsOf(path)) if (!byPath.has(ancestor)) byPath.set(ancestor, new Set());
    const methods = byPath.get(path)!;
    const operations = item && typeof item === "object" ? (item as Json) : {};
    for (const verb of verbs) if (operations[verb]) methods.add(verb.toUpperCase());
    if (operations["x-amazon-apigateway-any-method"]) methods.add("ANY");
  }
  return [...byPath].map(([path, methods]) => ({ path, methods: [...methods].sort() })).sort((a, b) => a.path.localeCompare(b.path));
}

/** The path prefix AWS applies for basepath=prepend (the whole base path) or split (all but its first segment). */
export function basePathPrefix(document: Json, mode: BasePathMode): string {
  if (mode === "ignore") return "";
  const basePath = typeof document.basePath === "string" ? document.basePath : serverBasePath(document);
  const segments = basePath.split("/").filter(Boolean);
  const kept = mode === "split" ? segments.slice(1) : segments;
  return kept.length ? `/${kept.join("/")}` : "";
}

function serverBasePath(document: Json): string {
  const servers = Array.isArray(document.servers) ? (document.servers as Json[]) : [];
  const variables = objectAt(servers[0] ?? {}, "variables");
  const url = String(servers[0]?.url ?? "").replace(/\{(\w+)\}/g, (_, name: string) => String(objectAt(variables, name).default ?? ""));
  try {
    return new URL(url, "https://placeholder.invalid").pathname;
  } catch {
    return "";
  }
}

function removedBy(declared: readonly ResourceMethods[], current: readonly ResourceMethods[]): ImportPreview["removed"] {
  const kept = new Map(declared.map((resource) => [resource.path, new Set(resource.methods)]));
  return current.flatMap((resource): ImportPreview["removed"] => {
    const keptMethods = kept.get(resource.path);
    if (!keptMethods) return [{ path: resource.path, methods: [...resource.methods].sort(), wholeResource: true }];
    const gone = resource.methods.filter((method) => !keptMethods.has(method)).sort();
    return gone.length ? [{ path: resource.path, methods: gone, wholeResource: false }] : [];
  });
}

function authorizersOf(schemes: Json): ImportPreview["authorizers"] {
  return Object.entries(schemes)
    .map(([name, scheme]) => ({ name, authorizer: objectAt(scheme as Json, "x-amazon-apigateway-authorizer") }))
    .filter(({ authorizer }) => Object.keys(authorizer).length > 0)
    .map(({ name, authorizer }) => ({ name, type: String(authorizer.type ?? "token").toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function ancestorsOf(path: string): string[] {
  const segments = path.split("/").filter(Boolean);
  return segments.map((_, index) => `/${segments.slice(0, index + 1).join("/")}`);
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}/${path}`.replace(/\/+/g, "/");
  return joined.length > 1 ? joined.replace(/\/$/, "") : "/";
}

function objectAt(value: Json, key: string): Json {
  const found = value?.[key];
  return found && typeof found === "object" && !Array.isArray(found) ? (found as Json) : {};
}

function stringsAt(value: Json, key: string): string[] {
  const found = value[key];
  return Array.isArray(found) ? found.filter((item): item is string => typeof item === "string") : [];
}
