import type { RestHandlers } from "../rest-request";

export const apiKeysHandlers: RestHandlers = {};
