import type { RestHandlers } from "../rest-request";

export const tagsHandlers: RestHandlers = {};
