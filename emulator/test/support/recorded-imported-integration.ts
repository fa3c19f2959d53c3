/**
 * The GET /pets integration an OpenAPI import creates from an `http` x-amazon-apigateway-integration, as AWS recorded
 * it (LocalStack's test_apigateway_import.py::test_import_swagger_api): INTERNET, as PutIntegration makes it, and the
 * resource id as cache namespace (shown as `namespace`, the placeholder the test normalises it to).
 */
export function recordedImportedHttpIntegration(namespace: string) {
  return {
    cacheKeyParameters: [],
    cacheNamespace: namespace,
    connectionType: "INTERNET",
    httpMethod: "GET",
    integrationResponses: { "200": { statusCode: "200" } },
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29000,
    type: "HTTP",
    uri: "http://petstore.example.com/pets",
  };
}
