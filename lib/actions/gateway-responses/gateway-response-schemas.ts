import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

export const gatewayResponseTypes = [
  "DEFAULT_4XX", "DEFAULT_5XX", "ACCESS_DENIED", "API_CONFIGURATION_ERROR", "AUTHORIZER_CONFIGURATION_ERROR", "AUTHORIZER_FAILURE",
  "BAD_REQUEST_PARAMETERS", "BAD_REQUEST_BODY", "EXPIRED_TOKEN", "INTEGRATION_FAILURE", "INTEGRATION_TIMEOUT", "INVALID_API_KEY",
  "INVALID_SIGNATURE", "MISSING_AUTHENTICATION_TOKEN", "QUOTA_EXCEEDED", "REQUEST_TOO_LARGE", "RESOURCE_NOT_FOUND", "THROTTLED",
  "UNAUTHORIZED", "UNSUPPORTED_MEDIA_TYPE", "WAF_FILTERED",
] as const;

const api = { envId: environmentIdSchema, restApiId: restApiIdSchema };

export const gatewayResponsePresetSchema = z.object(api);

const headerEntry = z.object({
  name: z.string().trim().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "Header names use letters, digits and - only."),
  value: z.string().trim().min(1, "Enter a value: a quoted literal such as 'value', or method.request.header.Name."),
});

export const updateGatewayResponseSchema = z.object({
  ...api,
  responseType: z.enum(gatewayResponseTypes, { error: "Choose a response type." }),
  statusCode: z.string().trim().regex(/^([1-5]\d\d)?$/, "Use a status code from 100 to 599, or leave it empty.").transform((value) => value || null),
  headers: z.array(headerEntry).max(50),
  template: z.string().max(10_000, "Keep the template under 10,000 characters."),
});

export const resetGatewayResponseSchema = z.object({ ...api, responseType: z.enum(gatewayResponseTypes) });
