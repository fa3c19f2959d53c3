// Every restJson1 handler, by operation name. Operations without one answer NotImplementedException.
import type { RestHandlers, RestPreparers } from "./rest-request";
import { restApisHandlers } from "./handlers/rest-apis";
import { resourcesHandlers } from "./handlers/resources";
import { methodsHandlers } from "./handlers/methods";
import { integrationsHandlers } from "./handlers/integrations";
import { modelsHandlers } from "./handlers/models";
import { requestValidatorsHandlers } from "./handlers/request-validators";
import { authorizersHandlers } from "./handlers/authorizers";
import { gatewayResponsesHandlers } from "./handlers/gateway-responses";
import { tagsHandlers } from "./handlers/tags";
import { deploymentsHandlers } from "./handlers/deployments";
import { stagesHandlers } from "./handlers/stages";
import { apiKeysHandlers } from "./handlers/api-keys";
import { usagePlansHandlers } from "./handlers/usage-plans";
import { domainNamesHandlers } from "./handlers/domain-names";
import { accountHandlers } from "./handlers/account";
import { clientCertificatesHandlers } from "./handlers/client-certificates";
import { importExportHandlers, importExportPreparers } from "./handlers/import-export";
import { testInvokeHandlers } from "./handlers/test-invoke";
import { documentationHandlers } from "./handlers/documentation";
import { vpcLinksHandlers } from "./handlers/vpc-links";

export const restJsonHandlers: RestHandlers = {
  ...restApisHandlers,
  ...resourcesHandlers,
  ...methodsHandlers,
  ...integrationsHandlers,
  ...modelsHandlers,
  ...requestValidatorsHandlers,
  ...authorizersHandlers,
  ...gatewayResponsesHandlers,
  ...tagsHandlers,
  ...deploymentsHandlers,
  ...stagesHandlers,
  ...apiKeysHandlers,
  ...usagePlansHandlers,
  ...domainNamesHandlers,
  ...accountHandlers,
  ...clientCertificatesHandlers,
  ...importExportHandlers,
  ...testInvokeHandlers,
  ...documentationHandlers,
  ...vpcLinksHandlers,
};

/** Operations with async input work done before their transaction. */
export const restJsonPreparers: RestPreparers = {
  ...importExportPreparers,
};
