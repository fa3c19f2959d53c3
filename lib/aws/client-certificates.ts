import "server-only";
import { GetClientCertificatesCommand } from "@aws-sdk/client-api-gateway";
import type { ClientCertificateSummary } from "@/lib/domain/client-certificate";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { allPages, maxPageSize } from "./all-pages";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** Every client certificate of the account and region, by id (one call per 500). */
export async function listClientCertificates(env: EnvironmentSummary): Promise<ClientCertificateSummary[]> {
  const client = apiGatewayClient(env);
  const certificates = await allPages(
    (position) => callAws(env, () => client.send(new GetClientCertificatesCommand({ limit: maxPageSize, position }))),
    (item): ClientCertificateSummary => ({ id: item.clientCertificateId ?? "", description: item.description || null, expirationDate: item.expirationDate ? item.expirationDate.toISOString() : null }),
  );
  return certificates.sort((a, b) => a.id.localeCompare(b.id));
}
