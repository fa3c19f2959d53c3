import type { RestHandlers } from "../rest-request";

export const domainNamesHandlers: RestHandlers = {};
