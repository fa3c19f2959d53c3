// Whether an x-amazon-apigateway-integration can be read at all. AWS refuses the whole document when it cannot:
// "Unable to parse API definition because of a malformed integration at path /." (BadRequestException, real AWS's
// answer to an integration whose uri was a CloudFormation Fn::Sub object, localstack/localstack#4619). Which members
// count is the sandbox's reading of a typed parser: a scalar where a string is expected is read as text, an object or
// list is not; a map member must be an object; the timeout a number or numeric text.
import { badRequest } from "../../protocol/aws-error";
import { ANY_METHOD_KEY, isObject, openApiVerbs, type JsonObject } from "./openapi-shared";

const textMembers = ["type", "httpMethod", "uri", "connectionType", "connectionId", "credentials", "passthroughBehavior", "contentHandling", "cacheNamespace"];
const mapMembers = ["requestParameters", "requestTemplates", "responses", "tlsConfig"];
const responseTextMembers = ["statusCode", "contentHandling"];
const responseMapMembers = ["responseParameters", "responseTemplates"];

const isText = (value: unknown) => value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value);
const isMap = (value: unknown) => value === null || value === undefined || isObject(value);
const isTimeout = (value: unknown) => value === null || value === undefined || (isText(value) && Number.isFinite(Number(value)));

function isReadableResponse(response: unknown): boolean {
  if (!isObject(response)) return response === null;
  return responseTextMembers.every((key) => isText(response[key])) && responseMapMembers.every((key) => isMap(response[key]));
}

function isReadable(raw: JsonObject): boolean {
  if (!textMembers.every((key) => isText(raw[key])) || !mapMembers.every((key) => isMap(raw[key]))) return false;
  if (!isTimeout(raw.timeoutInMillis)) return false;
  if (raw.cacheKeyParameters !== undefined && raw.cacheKeyParameters !== null && (!Array.isArray(raw.cacheKeyParameters) || !raw.cacheKeyParameters.every(isText))) return false;
  return Object.values(isObject(raw.responses) ? raw.responses : {}).every(isReadableResponse);
}

/** Refuses the document, as AWS does, when an operation's integration cannot be read. */
export function refuseMalformedIntegrations(doc: JsonObject): void {
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const operations = [...openApiVerbs, ANY_METHOD_KEY].map((key) => item[key]).filter(isObject);
    const malformed = operations.some((operation) => {
      const raw = operation["x-amazon-apigateway-integration"];
      return raw !== undefined && !(isObject(raw) && isReadable(raw));
    });
    // UNCONFIRMED: which path AWS names when a base path is prepended; the sandbox names the document's path.
    if (malformed) throw badRequest(`Unable to parse API definition because of a malformed integration at path ${path}.`);
  }
}
