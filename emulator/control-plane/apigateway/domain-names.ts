import { AwsError, badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { newId } from "../ids";
import { epochSeconds, type OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";
import type { EndpointType } from "./types";
import { createdTags } from "./tags";
import { checkEndpointTypeOps, ipAddressTypeFor, patchedEndpointTypes, replacedIpAddressType, settledEndpoints, singleEndpointType } from "./endpoint-configuration";

export const securityPolicies = [
  "TLS_1_0",
  "TLS_1_2",
  "SecurityPolicy_TLS12_2018_EDGE",
  "SecurityPolicy_TLS12_PFS_2025_EDGE",
  "SecurityPolicy_TLS13_2025_EDGE",
  "SecurityPolicy_TLS13_1_2_2021_06",
  "SecurityPolicy_TLS13_1_3_2025_09",
  "SecurityPolicy_TLS13_1_3_FIPS_2025_09",
  "SecurityPolicy_TLS13_1_2_PQ_2025_09",
  "SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09",
  "SecurityPolicy_TLS13_1_2_FIPS_PQ_2025_09",
  "SecurityPolicy_TLS13_1_2_FIPS_PFS_PQ_2025_09",
  "SecurityPolicy_TLS13_1_2_Ext2_PQ_2025_09",
  "SecurityPolicy_TLS13_1_2_Ext2_FIPS_PQ_2025_09",
] as const;

// CloudFront's hosted zone is one for the world; regional API endpoints have one per Region.
const CLOUDFRONT_HOSTED_ZONE_ID = "Z2FDTNDATAQYW2";
const regionalHostedZoneIds: Readonly<Record<string, string>> = {
  "us-east-1": "Z1UJRXOUMOOFQ8",
  "us-east-2": "ZOJJZC49E0EPZ",
  "us-west-1": "Z2MOQEKDHQLPG3",
  "us-west-2": "Z2OJLYMUO9EFXC",
  "eu-west-1": "ZLY8HYME6SFDD",
  "eu-central-1": "Z1U9ULNL0V5AJ3",
};

export interface DomainName {
  domainName: string;
  certificateName?: string;
  certificateArn?: string;
  certificateUploadDate?: number;
  regionalDomainName?: string;
  regionalHostedZoneId?: string;
  regionalCertificateName?: string;
  regionalCertificateArn?: string;
  distributionDomainName?: string;
  distributionHostedZoneId?: string;
  endpointConfiguration: { types: EndpointType[]; ipAddressType?: string };
  domainNameStatus: "AVAILABLE";
  securityPolicy: string;
  tags?: Record<string, string>;
  mutualTlsAuthentication?: { truststoreUri?: string; truststoreVersion?: string };
  routingMode: string;
}

export interface CreateDomainNameInput {
  domainName: string;
  certificateName?: string;
  certificateBody?: string;
  certificatePrivateKey?: string;
  certificateChain?: string;
  certificateArn?: string;
  regionalCertificateName?: string;
  regionalCertificateArn?: string;
  endpointConfiguration?: { types?: EndpointType[]; ipAddressType?: string };
  securityPolicy?: string;
  tags?: Record<string, string>;
  mutualTlsAuthentication?: { truststoreUri?: string; truststoreVersion?: string };
  routingMode?: string;
}

const privateDomainsNotBuilt = () => new AwsError("NotImplementedException", "The Archway sandbox does not implement private custom domain names yet.");
const HOSTNAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const domainsTable = (ctx: OpContext) => ctx.state.table<DomainName>(tables.domainNames);

export function requireDomainName(ctx: OpContext, name: string): DomainName {
  const domain = domainsTable(ctx).get("", name.toLowerCase());
  if (!domain) throw notFound("Invalid domain name identifier specified");
  return domain;
}

export function listDomainNames(ctx: OpContext): readonly DomainName[] {
  return domainsTable(ctx).list("");
}

export function createDomainName(ctx: OpContext, input: CreateDomainNameInput): DomainName {
  const name = input.domainName.toLowerCase();
  if (!HOSTNAME.test(name)) throw badRequest(`Invalid domain name specified: ${input.domainName}`);
  const type = singleEndpointType(input.endpointConfiguration?.types ?? ["EDGE"]);
  if (type === "PRIVATE") throw privateDomainsNotBuilt();
  const ipAddressType = ipAddressTypeFor(type, input.endpointConfiguration?.ipAddressType);
  const domains = domainsTable(ctx);
  if (domains.has("", name)) throw conflict("The domain name you provided already exists.");
  if (domains.count("") >= ctx.config.quotas.publicDomainNamesPerRegion) throw limitExceeded(`You have reached the limit of ${ctx.config.quotas.publicDomainNamesPerRegion} public custom domain names in this region`);
  const usesUploadedCertificate = input.certificateBody !== undefined;
  if (usesUploadedCertificate && (!input.certificatePrivateKey || !input.certificateName)) {
    throw badRequest("An uploaded certificate needs certificateName, certificateBody and certificatePrivateKey");
  }
  const domain = withEndpoints(ctx, {
    domainName: name,
    certificateName: input.certificateName,
    certificateArn: input.certificateArn,
    certificateUploadDate: usesUploadedCertificate ? epochSeconds(ctx.now) : undefined,
    regionalCertificateName: input.regionalCertificateName,
    regionalCertificateArn: input.regionalCertificateArn,
    endpointConfiguration: { types: [type], ipAddressType },
    domainNameStatus: "AVAILABLE",
    securityPolicy: input.securityPolicy ?? "TLS_1_2",
    tags: createdTags(input.tags),
    mutualTlsAuthentication: input.mutualTlsAuthentication,
    routingMode: input.routingMode ?? "BASE_PATH_MAPPING_ONLY",
  });
  return domains.put("", name, domain);
}

/** Checks the certificate for the endpoint type and fills in the AWS-side host names. */
function withEndpoints(ctx: OpContext, domain: DomainName): DomainName {
  const edge = domain.endpointConfiguration.types[0] === "EDGE";
  if (edge && !domain.certificateArn && !domain.certificateName) {
    throw badRequest("An EDGE domain name needs a certificate: certificateArn, or an uploaded certificate with certificateName");
  }
  if (!edge && !domain.regionalCertificateArn && !domain.regionalCertificateName) {
    throw badRequest("A REGIONAL domain name needs a regional certificate: regionalCertificateArn or regionalCertificateName");
  }
  if (edge) {
    return {
      ...domain,
      regionalDomainName: undefined,
      regionalHostedZoneId: undefined,
      distributionDomainName: domain.distributionDomainName ?? `d${newId(13)}.cloudfront.net`,
      distributionHostedZoneId: CLOUDFRONT_HOSTED_ZONE_ID,
    };
  }
  return {
    ...domain,
    distributionDomainName: undefined,
    distributionHostedZoneId: undefined,
    regionalDomainName: domain.regionalDomainName ?? `d-${newId()}.execute-api.${ctx.region}.amazonaws.com`,
    regionalHostedZoneId: regionalHostedZoneIds[ctx.region] ?? regionalHostedZoneIds["us-east-1"],
  };
}

const replaceText = (member: keyof DomainName) => ({
  ops: ["replace"] as const,
  apply: (domain: DomainName, value: string | undefined) => ({ ...domain, [member]: value || undefined }),
});

const domainPatchRules: PatchRules<DomainName> = {
  "/certificateName": replaceText("certificateName"),
  "/certificateArn": replaceText("certificateArn"),
  "/regionalCertificateName": replaceText("regionalCertificateName"),
  "/regionalCertificateArn": replaceText("regionalCertificateArn"),
  "/securityPolicy": { ops: ["replace"], apply: (domain, value) => {
    if (!securityPolicies.includes(value as (typeof securityPolicies)[number])) throw badRequest(`Invalid security policy specified: ${value ?? "null"}`);
    return { ...domain, securityPolicy: value! };
  } },
  // The same ops and answers as UpdateRestApi's (UNCONFIRMED for domain names: no recording).
  "/endpointConfiguration/types/{type}": { ops: ["add", "remove", "replace"], apply: (domain, value, op, [pathType]) => ({
    ...domain, endpointConfiguration: { ...domain.endpointConfiguration, types: patchedEndpointTypes(domain.endpointConfiguration.types, op, pathType!, value) },
  }) },
  "/endpointConfiguration/ipAddressType": { ops: ["replace"], apply: (domain, value) => ({
    ...domain, endpointConfiguration: { ...domain.endpointConfiguration, ipAddressType: replacedIpAddressType(domain.endpointConfiguration.types[0]!, value) },
  }) },
  "/mutualTlsAuthentication/truststoreUri": { ops: ["replace"], apply: (domain, value) => ({
    ...domain, mutualTlsAuthentication: { ...domain.mutualTlsAuthentication, truststoreUri: value || undefined },
  }) },
  "/mutualTlsAuthentication/truststoreVersion": { ops: ["replace"], apply: (domain, value) => ({
    ...domain, mutualTlsAuthentication: { ...domain.mutualTlsAuthentication, truststoreVersion: value || undefined },
  }) },
};

export function updateDomainName(ctx: OpContext, name: string, operations: PatchOperation[]): DomainName {
  const current = requireDomainName(ctx, name);
  checkEndpointTypeOps(operations);
  const applied = applyPatch(current, operations, domainPatchRules);
  const endpointConfiguration = settledEndpoints(current.endpointConfiguration, applied.endpointConfiguration);
  if (endpointConfiguration.types[0] === "PRIVATE") throw privateDomainsNotBuilt();
  const patched = withEndpoints(ctx, { ...applied, endpointConfiguration });
  return domainsTable(ctx).put("", current.domainName, patched);
}

/** Deleting a domain name also deletes its base path mappings. */
export function deleteDomainName(ctx: OpContext, name: string): void {
  const domain = requireDomainName(ctx, name);
  domainsTable(ctx).delete("", domain.domainName);
  ctx.state.table(tables.basePathMappings).deleteGroup(domain.domainName);
}
