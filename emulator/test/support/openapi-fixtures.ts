import { ImportRestApiCommand, type APIGatewayClient } from "@aws-sdk/client-api-gateway";

/** A small OpenAPI 3 API with one MOCK-integrated GET /pets, enough to deploy. */
export function petsDocument(title = "pets"): Record<string, unknown> {
  return {
    openapi: "3.0.1",
    info: { title, version: "1" },
    paths: {
      "/pets": {
        get: {
          operationId: "listPets",
          responses: { "200": { description: "ok" } },
          "x-amazon-apigateway-integration": {
            type: "mock",
            requestTemplates: { "application/json": '{"statusCode": 200}' },
            responses: { default: { statusCode: "200" } },
          },
        },
      },
    },
  };
}

/** Imports a document through the real SDK and returns the new API's id. */
export async function importApi(client: APIGatewayClient, document: Record<string, unknown> | string, parameters?: Record<string, string>): Promise<string> {
  const text = typeof document === "string" ? document : JSON.stringify(document);
  const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(text), parameters }));
  return api.id!;
}
