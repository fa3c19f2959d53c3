import { z } from "zod";
import {
  authorizationTypes,
  contentHandlings,
  httpMethods,
  integrationTimeoutRange,
  integrationTypes,
  passthroughBehaviors,
} from "@/lib/domain/method-definition";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";

export const resourceIdSchema = z.string({ error: "Choose a resource." }).regex(/^[A-Za-z0-9]{1,64}$/, "That is not a resource id.");
export const httpMethodSchema = z.enum(httpMethods, { error: "Choose an HTTP method or ANY." });

const statusCodeSchema = z.string().regex(/^[1-5]\d\d$/, "Use a status code from 100 to 599.");
const contentTypeKey = z.string().trim().min(1, "Enter a content type.").max(256);
const requestParameterName = z
  .string()
  .regex(/^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.[^\s]+$/, "Name a parameter as method.request.{path|querystring|header}.{name}.");
const responseHeaderName = z.string().regex(/^method\.response\.header\.[^\s]+$/, "Name a header as method.response.header.{name}.");
const template = z.string().max(300_000, "A mapping template can be at most 300 KB.");
const nullableEnum = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

const integrationResponseSchema = z.object({
  statusCode: statusCodeSchema,
  selectionPattern: z.string().max(1024),
  responseParameters: z.record(responseHeaderName, z.string().min(1, "Enter a mapping expression.")),
  responseTemplates: z.record(contentTypeKey, template),
  contentHandling: nullableEnum(contentHandlings),
});

const integrationSchema = z.object({
  type: z.enum(integrationTypes, { error: "Choose an integration type." }),
  httpMethod: z.string().regex(/^[A-Z]+$/, "Choose an HTTP method.").nullable(),
  uri: z.string().trim().max(2048),
  passthroughBehavior: z.enum(passthroughBehaviors),
  timeoutInMillis: z
    .number({ error: "Enter the timeout in milliseconds." })
    .int("Enter a whole number of milliseconds.")
    .min(integrationTimeoutRange.min, `Use a timeout from ${integrationTimeoutRange.min} to 29,000 ms.`)
    .max(integrationTimeoutRange.max, `Use a timeout from ${integrationTimeoutRange.min} to 29,000 ms.`),
  credentials: z
    .string()
    .trim()
    .regex(/^$|^arn:aws[a-z-]*:iam::(\d{12}|\*):(role|user)\/[\w+=,.@/-]+$/, "Enter an IAM role ARN (arn:aws:iam::123456789012:role/name), or leave it empty."),
  contentHandling: nullableEnum(contentHandlings),
  requestParameters: z.record(z.string().regex(/^integration\.request\.(path|querystring|header)\.[^\s]+$/, "Name a mapping as integration.request.{path|querystring|header}.{name}."), z.string().min(1, "Enter a mapping expression.")),
  requestTemplates: z.record(contentTypeKey, template),
  cacheKeyParameters: z.array(z.string().min(1)).max(50),
  integrationResponses: z.record(statusCodeSchema, integrationResponseSchema),
});

const methodResponseSchema = z.object({
  statusCode: statusCodeSchema,
  responseParameters: z.record(responseHeaderName, z.boolean()),
  responseModels: z.record(contentTypeKey, z.string().min(1, "Choose a model.")),
});

export const methodDefinitionSchema = z
  .object({
    httpMethod: httpMethodSchema,
    authorizationType: z.enum(authorizationTypes, { error: "Choose an authorization type." }),
    authorizerId: z.string().max(64).nullable(),
    authorizationScopes: z.array(z.string().trim().min(1).max(256)).max(50),
    apiKeyRequired: z.boolean(),
    operationName: z.string().trim().max(256),
    requestValidatorId: z.string().max(64).nullable(),
    requestParameters: z.record(requestParameterName, z.boolean()),
    requestModels: z.record(contentTypeKey, z.string().min(1, "Choose a model.")),
    integration: integrationSchema.nullable(),
    methodResponses: z.record(statusCodeSchema, methodResponseSchema),
  })
  .superRefine((method, ctx) => {
    // AWS refuses these too, but only one at a time and without saying which field; say it here, beside the field.
    if ((method.authorizationType === "CUSTOM" || method.authorizationType === "COGNITO_USER_POOLS") && !method.authorizerId) {
      ctx.addIssue({ code: "custom", path: ["authorizerId"], message: "Choose an authorizer." });
    }
    const integration = method.integration;
    if (integration && integration.type !== "MOCK" && !integration.uri) ctx.addIssue({ code: "custom", path: ["integration", "uri"], message: "Enter the backend URI." });
    if (integration && integration.type !== "MOCK" && !integration.httpMethod) ctx.addIssue({ code: "custom", path: ["integration", "httpMethod"], message: "Choose the backend's HTTP method." });
  });

const methodLocation = { envId: environmentIdSchema, restApiId: restApiIdSchema, resourceId: resourceIdSchema, httpMethod: httpMethodSchema };

export const saveMethodSchema = z.object({ ...methodLocation, loaded: methodDefinitionSchema, edited: methodDefinitionSchema });

export const putMethodSchema = z.object({
  ...methodLocation,
  integration: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("MOCK") }),
    z.object({ kind: z.literal("HTTP_PROXY"), uri: z.string().trim().regex(/^https?:\/\/\S+$/, "Enter an http:// or https:// URL.") }),
    z.object({ kind: z.literal("LAMBDA_PROXY"), uri: z.string().trim().regex(/^arn:aws[a-z-]*:(lambda|apigateway):\S+$/, "Enter a Lambda function ARN.") }),
  ]),
});

export const deleteMethodSchema = z.object({ ...methodLocation, confirm: z.string({ error: "Type the method to confirm." }) });
