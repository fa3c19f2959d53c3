import type { IntegrationInvoker } from "./integration";
import { mockIntegration } from "./mock";
import { httpIntegration } from "./http";
import { httpProxyIntegration } from "./http-proxy";
import { awsProxyIntegration } from "./aws-proxy";
import { awsIntegration } from "./aws";

/** Every integration type the data plane runs, by Integration.type. */
export const integrationsByType: Readonly<Record<string, IntegrationInvoker>> = Object.fromEntries(
  [mockIntegration, httpIntegration, httpProxyIntegration, awsProxyIntegration, awsIntegration].map((integration) => [integration.type, integration]),
);
