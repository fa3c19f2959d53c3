/** Custom domain names and their base path mappings, as the console shows them (never the SDK's shapes). */
export const domainEndpointTypes = ["REGIONAL", "EDGE", "PRIVATE"] as const;
export type DomainEndpointType = (typeof domainEndpointTypes)[number];

export type DomainNameSummary = {
  domainName: string;
  endpointType: DomainEndpointType;
  /** regionalCertificateArn for REGIONAL, certificateArn for EDGE; null when the domain uses an uploaded certificate. */
  certificateArn: string | null;
  securityPolicy: string;
  /** The AWS host name DNS must point at: regionalDomainName or distributionDomainName. */
  targetDomainName: string | null;
  /** The Route 53 hosted zone of the target, for an alias record. */
  targetHostedZoneId: string | null;
  status: string | null;
};

export type BasePathMappingSummary = {
  /** "(none)" for the domain's root, as AWS reports it. */
  basePath: string;
  restApiId: string;
  /** Null when the mapping takes the stage from the request path (set outside the console). */
  stage: string | null;
};

export type DomainNameListItem = DomainNameSummary & { mappings: BasePathMappingSummary[] };

/** The base path AWS uses for a mapping of the domain's root. */
export const rootBasePath = "(none)";

/** The endpoint type a domain reports first; AWS's default is EDGE. */
export function primaryDomainEndpointType(types: readonly string[] | undefined): DomainEndpointType {
  return domainEndpointTypes.find((type) => type === types?.[0]) ?? "EDGE";
}

/** The request path prefix a base path puts in front of the API's own paths: "" for the root, "/v1" for v1. */
export function basePathPrefix(basePath: string): string {
  return basePath === rootBasePath || basePath === "" ? "" : `/${basePath}`;
}

const labelPattern = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Why a domain name is not one AWS accepts, or null when it is (a leading "*." wildcard is allowed). */
export function domainNameProblem(input: string): string | null {
  const name = input.trim().toLowerCase();
  if (name === "") return "Enter a domain name such as api.example.com.";
  if (/^[a-z]+:\/\//.test(name) || name.includes("/")) return "Enter the host name only, without https:// or a path.";
  if (name.length > 253) return "A domain name has at most 253 characters.";
  const labels = (name.startsWith("*.") ? name.slice(2) : name).split(".");
  if (labels.length < 2) return "Enter a full domain name with a dot, such as api.example.com.";
  if (labels.some((label) => !labelPattern.test(label))) {
    return "Each part between dots uses letters, digits and hyphens (1 to 63, not starting or ending with a hyphen).";
  }
  if (!/^[a-z]{2,63}$/.test(labels.at(-1)!)) return "The last part (the top-level domain) must be letters, such as com or dev.";
  return null;
}

const certificateArnPattern = /^arn:aws[a-z-]*:acm:([a-z]{2}(?:-[a-z]+)+-\d{1,2}):(\d{12}):certificate\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The Region an ACM certificate ARN names, or null when the text is not an ACM certificate ARN. */
export function certificateRegion(arn: string): string | null {
  return certificateArnPattern.exec(arn.trim())?.[1] ?? null;
}

/**
 * Why a certificate ARN cannot serve a domain of this endpoint type, or null when it can: edge-optimized domains
 * are served by CloudFront, which only reads certificates from us-east-1; regional ones need the environment's Region
 * (not checked when environmentRegion is null, e.g. before the environment is known).
 */
export function certificateArnProblem(arn: string, endpointType: DomainEndpointType, environmentRegion: string | null): string | null {
  const region = certificateRegion(arn);
  if (region === null) return "Enter an ACM certificate ARN: arn:aws:acm:{region}:{account}:certificate/{id}.";
  if (endpointType === "EDGE" && region !== "us-east-1") {
    return `An edge-optimized domain is served by CloudFront, which only uses certificates in us-east-1; this one is in ${region}.`;
  }
  if (endpointType !== "EDGE" && environmentRegion !== null && region !== environmentRegion) {
    return `A regional domain needs a certificate in this environment's Region, ${environmentRegion}; this one is in ${region}.`;
  }
  return null;
}

const basePathCharacters = /^[A-Za-z0-9._~\-$@+!*'(),=:;]+$/;

/** Why a base path is not one API Gateway accepts for a REST API mapping, or null; "" maps the domain's root. */
export function basePathProblem(basePath: string): string | null {
  if (basePath === "") return null;
  if (basePath === rootBasePath) return "Leave the base path empty to map the domain's root.";
  if (basePath.startsWith("/")) return `Leave out the leading slash: write ${basePath.replace(/^\/+/, "") || "nothing"} instead of ${basePath}.`;
  if (basePath.includes("/")) {
    return "A REST API base path is one segment (v1, not v1/orders); API Gateway allows multi-level paths only through its v2 API mappings.";
  }
  if (!basePathCharacters.test(basePath)) return "Use letters, digits and . _ ~ - $ @ + ! * ' ( ) , = : ; only.";
  return null;
}

/** One line on why a security policy needs attention, or null when it does not. */
export function securityPolicyWarning(policy: string): string | null {
  return policy === "TLS_1_0" ? "Allows TLS 1.0 and 1.1, which are deprecated and weak; use TLS 1.2 unless an old client needs them." : null;
}

export type DnsRecord = { name: string; type: "CNAME" | "A (alias)"; value: string; hostedZoneId: string | null };

/** The records that send a domain's traffic to API Gateway: a Route 53 alias, or a CNAME with any DNS provider. */
export function dnsRecordsFor(domain: DomainNameSummary): DnsRecord[] {
  if (!domain.targetDomainName) return [];
  return [
    { name: domain.domainName, type: "A (alias)", value: domain.targetDomainName, hostedZoneId: domain.targetHostedZoneId },
    { name: domain.domainName, type: "CNAME", value: domain.targetDomainName, hostedZoneId: null },
  ];
}

/** A domain with its base path mappings: what the domain's page shows. */
export type DomainNameDetail = { domain: DomainNameSummary; mappings: BasePathMappingSummary[] };

/** Where a mapping sends requests, in words: "orders-api · prod" (the API id when the API is not known). */
export function mappingTargetLabel(mapping: Pick<BasePathMappingSummary, "restApiId" | "stage">, apis: readonly { id: string; name: string }[]): string {
  const api = apis.find((candidate) => candidate.id === mapping.restApiId)?.name ?? mapping.restApiId;
  return `${api} · ${mapping.stage ?? "stage from the path"}`;
}

/** The domain name a URL segment names, or null when the segment cannot be one (bad escapes, not a host name). */
export function domainNameFromSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment).toLowerCase();
  } catch {
    return null;
  }
  return domainNameProblem(decoded) === null ? decoded : null;
}
