import type { RestHandlers } from "../rest-request";

export const authorizersHandlers: RestHandlers = {};
