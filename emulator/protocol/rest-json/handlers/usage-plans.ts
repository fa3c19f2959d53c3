import type { RestHandlers } from "../rest-request";

export const usagePlansHandlers: RestHandlers = {};
