import Ajv from "ajv-draft-04";
import type { ValidateFunction } from "ajv";
import type { ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import type { Method, Model } from "../control-plane/apigateway/types";
import type { MultiMap } from "./invocation-context";


export interface RequestParts {
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<MultiMap>;
  readonly headers: Readonly<MultiMap>;
}

/** The required method request parameters absent from the request, by name, in declaration order. */
export function missingRequiredParameters(method: Method, request: RequestParts): string[] {
  const missing: string[] = [];
  for (const [expression, required] of Object.entries(method.requestParameters ?? {})) {
    if (!required) continue;
    const [, , location, ...rest] = expression.split(".");
    const name = rest.join(".");
    const present =
      location === "path"
        ? Boolean(request.path[name])
        : location === "querystring" || location === "multivaluequerystring"
          ? request.query[name] !== undefined
          : location === "header" || location === "multivalueheader"
            ? request.headers[name.toLowerCase()] !== undefined
            : true;
    if (!present) missing.push(name);
  }
  return missing;
}

const modelUrl = (apiId: string, name: string) => `https://apigateway.amazonaws.com/restapis/${apiId}/models/${name}`;

/** A deployment's models compiled for validation: one compiler that knows them all, as models may $ref each other by URL. */
export class ModelValidators {
  private ajv: Ajv | undefined;
  private readonly validators = new Map<string, ValidateFunction | Error>();

  constructor(private readonly snapshot: ApiSnapshot) {}

  /** The model's validator, compiled on first use; an Error when the model is missing or its schema does not compile. */
  validator(modelName: string): ValidateFunction | Error {
    let validate = this.validators.get(modelName);
    if (!validate) {
      try {
        validate = this.compiler().getSchema(modelUrl(this.snapshot.restApi.id, modelName)) ?? new Error(`Model ${modelName} not found`);
      } catch (error) {
        validate = error as Error;
      }
      this.validators.set(modelName, validate);
    }
    return validate;
  }

  private compiler(): Ajv {
    if (this.ajv) return this.ajv;
    this.ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    for (const model of this.snapshot.models as readonly unknown[] as readonly Model[]) {
      const schema = parseSchema(model.schema);
      if (schema) this.ajv.addSchema({ ...schema, id: modelUrl(this.snapshot.restApi.id, model.name) });
    }
    return this.ajv;
  }
}

function parseSchema(schema: unknown): Record<string, unknown> | undefined {
  if (typeof schema !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(schema);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a body against the named model (JSON Schema draft 4). Returns undefined when valid, else
 * the validation errors as $context.error.validationErrorString shows them.
 */
export function bodyValidationErrors(models: ModelValidators, modelName: string, body: string): string | undefined {
  const validate = models.validator(modelName);
  if (validate instanceof Error) return `[${validate.message}]`;
  let document: unknown;
  try {
    document = body.trim() === "" ? {} : JSON.parse(body);
  } catch {
    return "[Invalid JSON in request body]";
  }
  if (validate(document)) return undefined;
  return `[${(validate.errors ?? []).map((error) => `${error.instancePath || "instance"} ${error.message}`).join(", ")}]`;
}
