// The document's schemas as models, and the references methods and models make to them. A reference to a model the
// document does not define is dropped with a warning, in the words AWS's import gave (amazon-archives/aws-apigateway-
// importer#194: "Reference to model 'inline_response_200_1' not found. Ignoring."); a missing model reference is a
// warning, not an error (developer guide, "Errors and warnings from importing your API"). A schema whose name is not
// alphanumeric refuses the whole document (rest-api-import.ts): AWS warned of it in 2016 but refuses it since
// (api-platform/core#3193, 2019; edx/api-manager#259, 2023).
import type { Model } from "./types";
import { isObject, localModelPrefix, type JsonObject, type OpenApiDialect } from "./openapi-shared";

/** Resolves schemas to model names, warning once per name about references to models the import does not create. */
export interface ModelReferences {
  readonly dialect: OpenApiDialect;
  /** The model a schema refers to, or undefined for an inline schema or a dropped reference. */
  readonly resolve: (schema: unknown) => string | undefined;
  /** Whether a $ref string names a local model the import does not create; the first time, it warns. */
  readonly isDangling: (ref: string) => boolean;
}

function schemasOf(doc: JsonObject, dialect: OpenApiDialect): JsonObject {
  const schemas = dialect === "swagger" ? doc.definitions : isObject(doc.components) ? doc.components.schemas : undefined;
  return isObject(schemas) ? schemas : {};
}

/** The names of the schemas the import turns into models. */
function importableNames(doc: JsonObject, dialect: OpenApiDialect): Set<string> {
  return new Set(Object.entries(schemasOf(doc, dialect)).filter(([, schema]) => isObject(schema)).map(([name]) => name));
}

/** Reference resolution for one import; warnings go to `warn` in the order references are met. */
export function modelReferences(doc: JsonObject, dialect: OpenApiDialect, warn: (message: string) => void): ModelReferences {
  const known = importableNames(doc, dialect);
  const prefix = localModelPrefix(dialect);
  const warned = new Set<string>();
  const isDangling = (ref: string) => {
    if (!ref.startsWith(prefix) || known.has(ref.slice(prefix.length))) return false;
    const name = ref.slice(prefix.length);
    // UNCONFIRMED: whether AWS repeats the warning for each reference; the sandbox names each model once.
    if (!warned.has(name)) warn(`Reference to model '${name}' not found. Ignoring.`);
    warned.add(name);
    return true;
  };
  const resolve = (schema: unknown) => {
    if (!isObject(schema) || typeof schema.$ref !== "string" || !schema.$ref.startsWith(prefix)) return undefined;
    return isDangling(schema.$ref) ? undefined : schema.$ref.slice(prefix.length);
  };
  return { dialect, resolve, isDangling };
}

/** A JSON value with every schema whose $ref `drop` names replaced by an empty schema. */
function emptyingRefs(node: unknown, drop: (ref: string) => boolean): unknown {
  if (Array.isArray(node)) return node.map((item) => emptyingRefs(item, drop));
  if (!isObject(node)) return node;
  if (typeof node.$ref === "string" && drop(node.$ref)) return {};
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, emptyingRefs(value, drop)]));
}

/** Every schema as a model. */
export function importModels(doc: JsonObject, refs: ModelReferences): Omit<Model, "id">[] {
  const schemas = Object.entries(schemasOf(doc, refs.dialect)).filter((entry): entry is [string, JsonObject] => isObject(entry[1]));
  return schemas.map(([name, schema]) => {
    const kept = emptyingRefs(schema, refs.isDangling) as JsonObject;
    // Stored as the document wrote it: AWS adds no $schema (localstack test_apigateway_import.snapshot.json,
    // test_import_swagger_api and test_import_and_validate_rest_api: get-models).
    // The schema's description is the model's too (test_import_with_circular_models: get-models).
    const description = typeof schema.description === "string" ? { description: schema.description } : {};
    return { name, ...description, contentType: "application/json", schema: JSON.stringify(kept, null, 2) };
  });
}

/** The document as the validator should see it: references to schemas it does not define replaced by empty schemas. */
export function withMissingSchemasEmptied(doc: JsonObject): JsonObject {
  const dialect: OpenApiDialect = doc.swagger === "2.0" ? "swagger" : "oas30";
  const prefix = localModelPrefix(dialect);
  const defined = schemasOf(doc, dialect);
  const missing = (ref: string) => ref.startsWith(prefix) && !isObject(defined[ref.slice(prefix.length)]);
  return emptyingRefs(doc, missing) as JsonObject;
}
