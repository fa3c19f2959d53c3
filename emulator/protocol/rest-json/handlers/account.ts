import type { RestHandlers } from "../rest-request";

export const accountHandlers: RestHandlers = {};
