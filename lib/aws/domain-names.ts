import "server-only";
import {
  CreateBasePathMappingCommand,
  CreateDomainNameCommand,
  DeleteBasePathMappingCommand,
  DeleteDomainNameCommand,
  GetBasePathMappingsCommand,
  GetDomainNameCommand,
  GetDomainNamesCommand,
  UpdateBasePathMappingCommand,
  UpdateDomainNameCommand,
  type BasePathMapping,
  type DomainName,
} from "@aws-sdk/client-api-gateway";
import { primaryDomainEndpointType, rootBasePath, type BasePathMappingSummary, type DomainNameDetail, type DomainNameListItem, type DomainNameSummary } from "@/lib/domain/domain-name";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { allPages, maxPageSize } from "./all-pages";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** Every domain with its mappings; the mappings are read per domain (AWS has no bulk read), a few at a time. */
export async function listDomainNames(env: EnvironmentSummary): Promise<DomainNameListItem[]> {
  const client = apiGatewayClient(env);
  const domains = await allPages((position) => callAws(env, () => client.send(new GetDomainNamesCommand({ limit: maxPageSize, position }))), toDomainNameSummary);
  const items: DomainNameListItem[] = [];
  // All control-plane calls share 10 requests a second per account (burst 40); four at a time leaves room for the rest.
  for (let start = 0; start < domains.length; start += 4) {
    const batch = domains.slice(start, start + 4);
    const mappings = await Promise.all(batch.map((domain) => listBasePathMappings(env, domain.domainName)));
    items.push(...batch.map((domain, index) => ({ ...domain, mappings: mappings[index]! })));
  }
  return items.sort((a, b) => a.domainName.localeCompare(b.domainName));
}

/** The domain, or null when it does not exist in this environment. */
export async function getDomainName(env: EnvironmentSummary, domainName: string): Promise<DomainNameSummary | null> {
  try {
    return toDomainNameSummary(await callAws(env, () => apiGatewayClient(env).send(new GetDomainNameCommand({ domainName }))));
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

/** The domain and its mappings, or null when the domain does not exist. */
export async function getDomainNameDetail(env: EnvironmentSummary, domainName: string): Promise<DomainNameDetail | null> {
  const domain = await getDomainName(env, domainName);
  return domain ? { domain, mappings: await listBasePathMappings(env, domain.domainName) } : null;
}

export async function listBasePathMappings(env: EnvironmentSummary, domainName: string): Promise<BasePathMappingSummary[]> {
  const client = apiGatewayClient(env);
  const mappings = await allPages((position) => callAws(env, () => client.send(new GetBasePathMappingsCommand({ domainName, limit: maxPageSize, position }))), toMappingSummary);
  return mappings.sort((a, b) => (a.basePath === rootBasePath ? -1 : b.basePath === rootBasePath ? 1 : a.basePath.localeCompare(b.basePath)));
}

export type CreateDomainNameInput = { domainName: string; endpointType: "REGIONAL" | "EDGE"; certificateArn: string; securityPolicy: "TLS_1_2" | "TLS_1_0" };

/** Creates a domain with an ACM certificate; the ARN goes in the member its endpoint type reads. */
export async function createDomainName(env: EnvironmentSummary, input: CreateDomainNameInput): Promise<AwsResult<DomainNameSummary>> {
  const certificate = input.endpointType === "EDGE" ? { certificateArn: input.certificateArn } : { regionalCertificateArn: input.certificateArn };
  const command = new CreateDomainNameCommand({
    domainName: input.domainName,
    ...certificate,
    endpointConfiguration: { types: [input.endpointType] },
    securityPolicy: input.securityPolicy,
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toDomainNameSummary(output), requestId: requestIdOf(output) };
}

export async function updateDomainSecurityPolicy(env: EnvironmentSummary, domainName: string, securityPolicy: string): Promise<AwsResult<DomainNameSummary>> {
  const command = new UpdateDomainNameCommand({ domainName, patchOperations: [{ op: "replace", path: "/securityPolicy", value: securityPolicy }] });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toDomainNameSummary(output), requestId: requestIdOf(output) };
}

/** Deletes the domain; AWS deletes its base path mappings with it. */
export async function deleteDomainName(env: EnvironmentSummary, domainName: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteDomainNameCommand({ domainName })));
  return { value: null, requestId: requestIdOf(output) };
}

export async function createBasePathMapping(env: EnvironmentSummary, domainName: string, mapping: { basePath: string; restApiId: string; stage: string }): Promise<AwsResult<BasePathMappingSummary>> {
  // An empty base path is sent as absent: that is how AWS is asked for the root ("(none)") mapping.
  const command = new CreateBasePathMappingCommand({ domainName, restApiId: mapping.restApiId, stage: mapping.stage, ...(mapping.basePath ? { basePath: mapping.basePath } : {}) });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toMappingSummary(output), requestId: requestIdOf(output) };
}

/** Points an existing mapping at another API and stage in one patch. */
export async function retargetBasePathMapping(env: EnvironmentSummary, domainName: string, basePath: string, target: { restApiId: string; stage: string }): Promise<AwsResult<BasePathMappingSummary>> {
  const command = new UpdateBasePathMappingCommand({
    domainName,
    basePath,
    // AWS spells this path with a lower-case "a".
    patchOperations: [
      { op: "replace", path: "/restapiId", value: target.restApiId },
      { op: "replace", path: "/stage", value: target.stage },
    ],
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toMappingSummary(output), requestId: requestIdOf(output) };
}

export async function deleteBasePathMapping(env: EnvironmentSummary, domainName: string, basePath: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteBasePathMappingCommand({ domainName, basePath })));
  return { value: null, requestId: requestIdOf(output) };
}

function toDomainNameSummary(domain: DomainName): DomainNameSummary {
  const endpointType = primaryDomainEndpointType(domain.endpointConfiguration?.types);
  const edge = endpointType === "EDGE";
  return {
    domainName: domain.domainName ?? "",
    endpointType,
    certificateArn: (edge ? domain.certificateArn : domain.regionalCertificateArn) ?? null,
    securityPolicy: domain.securityPolicy ?? "TLS_1_2",
    targetDomainName: (edge ? domain.distributionDomainName : domain.regionalDomainName) ?? null,
    targetHostedZoneId: (edge ? domain.distributionHostedZoneId : domain.regionalHostedZoneId) ?? null,
    status: domain.domainNameStatus ?? null,
  };
}

function toMappingSummary(mapping: BasePathMapping): BasePathMappingSummary {
  return { basePath: mapping.basePath || rootBasePath, restApiId: mapping.restApiId ?? "", stage: mapping.stage || null };
}
