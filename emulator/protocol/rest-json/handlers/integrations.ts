import type { RestHandlers } from "../rest-request";

export const integrationsHandlers: RestHandlers = {};
