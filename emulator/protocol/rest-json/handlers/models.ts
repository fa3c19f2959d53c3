import type { RestHandlers } from "../rest-request";

export const modelsHandlers: RestHandlers = {};
