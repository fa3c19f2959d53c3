import type { RestHandlers } from "../rest-request";

export const deploymentsHandlers: RestHandlers = {};
