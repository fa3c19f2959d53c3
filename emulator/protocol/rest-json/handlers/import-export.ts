import type { RestHandlers } from "../rest-request";

export const importExportHandlers: RestHandlers = {};
