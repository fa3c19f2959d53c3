import type { IntegrationInvoker } from "./integration";
import { sendHttp } from "./http-fetch";

/** HTTP_PROXY: the whole request goes to the URI and the response comes back as it is. */
export const httpProxyIntegration: IntegrationInvoker = { type: "HTTP_PROXY", invoke: sendHttp };
