/** The HTTP verbs API Gateway accepts on a method, in the order the designer lists them. */
export const httpMethods = ["ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export type HttpMethod = (typeof httpMethods)[number];

/** One method of a resource as GetResources(embed=methods) reports it; null where AWS sent nothing. */
export type ResourceMethodSummary = {
  httpMethod: string;
  authorizationType: string | null;
  apiKeyRequired: boolean;
  /** MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY; null when the method has no integration yet. */
  integrationType: string | null;
  /** The integration's cache key parameters (e.g. method.request.querystring.lang); absent when not read. */
  cacheKeyParameters?: string[];
};

/** One resource of a REST API: the root has no parent and no path part. */
export type ApiResource = {
  id: string;
  parentId: string | null;
  /** The full path, e.g. `/pets/{petId}`; the root is `/`. */
  path: string;
  /** The last segment, e.g. `{petId}`; null for the root. */
  pathPart: string | null;
  methods: ResourceMethodSummary[];
};

/** Orders verbs as httpMethods does; verbs API Gateway does not know go last, alphabetically. */
export function compareHttpMethods(a: string, b: string): number {
  const rank = (verb: string) => {
    const index = (httpMethods as readonly string[]).indexOf(verb);
    return index === -1 ? httpMethods.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
