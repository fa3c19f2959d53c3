// What an OpenAPI document says about an API, before ids exist: methods refer to authorizers and
// request validators by name, models to each other by name.
import type { Authorizer, GatewayResponse, Method, Model, RequestValidator } from "./types";

export interface ImportedMethod extends Omit<Method, "authorizerId" | "requestValidatorId"> {
  authorizerName?: string;
  requestValidatorName?: string;
}

export interface ImportedResource {
  path: string;
  methods: Record<string, ImportedMethod>;
}

export interface ImportedApiSettings {
  name: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  apiKeySource?: "HEADER" | "AUTHORIZER";
  minimumCompressionSize?: number;
  policy?: string;
}

export interface ImportedDefinition {
  api: ImportedApiSettings;
  /** Every path the document names, parents first; "/" always included. */
  resources: ImportedResource[];
  /** Schemas still hold local references; the writer rewrites them once the API id is known. */
  models: Omit<Model, "id">[];
  requestValidators: Omit<RequestValidator, "id">[];
  authorizers: Omit<Authorizer, "id">[];
  gatewayResponses: GatewayResponse[];
  warnings: string[];
}

export interface ImportOptions {
  /** The `basepath` parameter: what to do with the document's base path. */
  basepath: "ignore" | "prepend" | "split";
}
