import type { RestHandlers } from "../rest-request";

export const clientCertificatesHandlers: RestHandlers = {};
