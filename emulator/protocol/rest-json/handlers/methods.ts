import type { RestHandlers } from "../rest-request";

export const methodsHandlers: RestHandlers = {};
