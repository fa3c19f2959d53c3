import "server-only";
import { GetClientCertificatesCommand } from "@aws-sdk/client-api-gateway";
import type { ClientCertificateSummary } from "@/lib/domain/client-certificate";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

const pageSize = 500;

/** Every client certificate of the account and region, by id (one call per 500). */
export async function listClientCertificates(env: EnvironmentSummary): Promise<ClientCertificateSummary[]> {
  const client = apiGatewayClient(env);
  const certificates: ClientCertificateSummary[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetClientCertificatesCommand({ limit: pageSize, position })));
    certificates.push(
      ...(page.items ?? []).map((item) => ({ id: item.clientCertificateId ?? "", description: item.description || null, expirationDate: item.expirationDate ? item.expirationDate.toISOString() : null })),
    );
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return certificates.sort((a, b) => a.id.localeCompare(b.id));
}
