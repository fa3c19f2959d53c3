import type { RestHandlers } from "../rest-request";

export const gatewayResponsesHandlers: RestHandlers = {};
