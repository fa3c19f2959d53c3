// The exports AWS recorded for its PetStore example (localstack tests/aws/services/apigateway/
// test_apigateway_extended.snapshot.json, test_export_swagger_openapi[TEST_IMPORT_PETSTORE_SWAGGER] and
// test_export_oas30_openapi[TEST_IMPORT_PETSTORE_SWAGGER]), rebuilt for petstore-export-fixture.json: the same shapes
// with this fixture's title, URIs and templates. Shared by the JS SDK and boto3 export tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON documents, compared whole
type Json = any;

/** The imported document (Swagger 2.0, AWS's PetStore shape). */
export const petstoreFixture: Json = JSON.parse(readFileSync(join(import.meta.dirname, "petstore-export-fixture.json"), "utf8"));

const corsHeaders = ["Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"];

function headers(names: string[], dialect: "swagger" | "oas30"): Json {
  return Object.fromEntries(names.map((name) => [name, dialect === "swagger" ? { type: "string" } : { schema: { type: "string" } }]));
}

/** A 200 response: Swagger names one schema, OpenAPI 3 keeps `content` (empty without a model). */
function ok(dialect: "swagger" | "oas30", headerNames: string[], model?: string): Json {
  if (dialect === "swagger") return { "200": { description: "200 response", ...(model ? { schema: { $ref: `#/definitions/${model}` } } : {}), headers: headers(headerNames, dialect) } };
  const content = model ? { "application/json": { schema: { $ref: `#/components/schemas/${model}` } } } : {};
  return { "200": { description: "200 response", headers: headers(headerNames, dialect), content } };
}

/** A parameter as each dialect exports it: OpenAPI 3 leaves out `required: false`. */
function parameter(dialect: "swagger" | "oas30", name: string, place: "path" | "query"): Json {
  const required = place === "path";
  if (dialect === "swagger") return { name, in: place, required, type: "string" };
  return { name, in: place, ...(required ? { required } : {}), schema: { type: "string" } };
}

/** The fixture's integration for a path and verb, as AWS exports it (the INTERNET default left out). */
function integration(path: string, verb: string): Json {
  return petstoreFixture.paths[path][verb]["x-amazon-apigateway-integration"];
}

function operations(dialect: "swagger" | "oas30", withIntegrations: boolean): Json {
  const json = ["application/json"];
  const swagger = dialect === "swagger";
  const media = (consumes: string[] | undefined, produces: string[]) => (swagger ? { ...(consumes ? { consumes } : {}), produces } : {});
  const withIntegration = (path: string, verb: string, operation: Json) =>
    withIntegrations ? { ...operation, "x-amazon-apigateway-integration": integration(path, verb) } : operation;
  const petId = [parameter(dialect, "petId", "path")];
  const body = swagger
    ? { parameters: [{ in: "body", name: "NewPet", required: true, schema: { $ref: "#/definitions/NewPet" } }] }
    : { requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } }, required: true } };
  return {
    "/": { get: withIntegration("/", "get", { ...media(json, ["text/html"]), responses: ok(dialect, ["Content-Type"]) }) },
    "/pets": {
      get: withIntegration("/pets", "get", { ...media(undefined, json), parameters: [parameter(dialect, "type", "query"), parameter(dialect, "page", "query")], responses: ok(dialect, ["Access-Control-Allow-Origin"], "Pets") }),
      post: withIntegration("/pets", "post", { operationId: "CreatePet", ...media(json, json), ...body, responses: ok(dialect, ["Access-Control-Allow-Origin"], "NewPetResponse") }),
      options: withIntegration("/pets", "options", { ...media(json, json), responses: ok(dialect, corsHeaders, "Empty") }),
    },
    "/pets/{petId}": {
      get: withIntegration("/pets/{petId}", "get", { operationId: "GetPet", ...media(undefined, json), parameters: petId, responses: ok(dialect, ["Access-Control-Allow-Origin"], "Pet") }),
      options: withIntegration("/pets/{petId}", "options", { ...media(json, json), parameters: petId, responses: ok(dialect, corsHeaders, "Empty") }),
    },
  };
}

function schemas(dialect: "swagger" | "oas30"): Json {
  const prefix = dialect === "swagger" ? "#/definitions/" : "#/components/schemas/";
  return JSON.parse(JSON.stringify(petstoreFixture.definitions).replaceAll("#/definitions/", prefix));
}

/** AWS's export of the fixture deployed to `stage`, in one dialect, with or without `extensions=apigateway`. */
export function recordedPetstoreExport(options: { dialect: "swagger" | "oas30"; apiId: string; stage: string; extensions: boolean }): Json {
  const { dialect, apiId, stage } = options;
  const info = { title: "PetStore", description: petstoreFixture.info.description, version: "1.0" };
  const host = `${apiId}.execute-api.us-east-1.amazonaws.com`;
  const paths = operations(dialect, options.extensions);
  if (dialect === "swagger") return { swagger: "2.0", info, host, basePath: `/${stage}`, schemes: ["https"], paths, definitions: schemas(dialect) };
  const servers = [{ url: `https://${host}/{basePath}`, variables: { basePath: { default: stage } } }];
  return { openapi: "3.0.1", info, servers, paths, components: { schemas: schemas(dialect) } };
}
