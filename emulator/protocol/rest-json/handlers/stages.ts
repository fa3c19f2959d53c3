import type { RestHandlers } from "../rest-request";

export const stagesHandlers: RestHandlers = {};
