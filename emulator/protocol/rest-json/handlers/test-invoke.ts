import type { RestHandlers } from "../rest-request";

export const testInvokeHandlers: RestHandlers = {};
