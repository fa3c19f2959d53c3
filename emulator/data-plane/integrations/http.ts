import type { IntegrationInvoker } from "./integration";
import { sendHttp } from "./http-fetch";

/** HTTP (non-proxy): the mapped request goes to the URI; integration responses map what comes back. */
export const httpIntegration: IntegrationInvoker = { type: "HTTP", invoke: sendHttp };
