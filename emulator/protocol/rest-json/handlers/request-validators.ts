import type { RestHandlers } from "../rest-request";

export const requestValidatorsHandlers: RestHandlers = {};
