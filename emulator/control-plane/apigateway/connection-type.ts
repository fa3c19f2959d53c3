import type { Integration } from "./types";

/**
 * AWS fills in INTERNET for an HTTP or HTTP_PROXY integration given no connection type, whether put or imported
 * (test_apigateway_import.py::test_import_swagger_api recorded it on an imported HTTP integration).
 */
export function connectionTypeFor(type: Integration["type"], given: Integration["connectionType"]): Integration["connectionType"] {
  return given ?? (type === "HTTP" || type === "HTTP_PROXY" ? "INTERNET" : undefined);
}
