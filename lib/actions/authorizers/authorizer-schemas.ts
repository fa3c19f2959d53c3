import { z } from "zod";
import { authorizerTypes, lambdaAuthorizerUri } from "@/lib/domain/authorizer";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

const api = { envId: environmentIdSchema, restApiId: restApiIdSchema };
const authorizerId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, "That is not an authorizer id.");
const identitySource = z.string().trim().regex(/^(method\.request\.(header|querystring|multivalueheader|multivaluequerystring)\.[^\s,]+|stageVariables\.[A-Za-z0-9_]+|context\.[A-Za-z0-9_.]+)$/, "Use method.request.header.Name, method.request.querystring.name, stageVariables.name or context.name.");
const poolArn = z.string().trim().regex(/^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[A-Za-z0-9_-]+$/, "Use a user pool ARN: arn:aws:cognito-idp:region:account:userpool/id.");

const authorizerFields = z.object({
  ...api,
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(128),
  type: z.enum(authorizerTypes, { error: "Choose a type." }),
  functionArn: z.string().trim().optional(),
  providerArns: z.array(poolArn).max(10),
  identitySources: z.array(identitySource).max(10),
  identityValidationExpression: z.string().trim().max(1024).optional(),
  resultTtlSeconds: z.number({ error: "Use a whole number of seconds." }).int().min(0, "0 turns caching off.").max(3600, "At most 3600 seconds (1 hour)."),
});

/** The rules AWS applies to an authorizer's fields by type, checked before any call. */
function checkAuthorizer(input: z.output<typeof authorizerFields>, ctx: z.RefinementCtx) {
  if (input.type !== "COGNITO_USER_POOLS" && !lambdaAuthorizerUri(input.functionArn ?? "")) {
    ctx.addIssue({ code: "custom", path: ["functionArn"], message: "Use a Lambda function ARN (arn:aws:lambda:region:account:function:name) or its invocation URI." });
  }
  if (input.type === "COGNITO_USER_POOLS" && input.providerArns.length === 0) ctx.addIssue({ code: "custom", path: ["providerArns"], message: "Add at least one user pool ARN." });
  if (input.type !== "REQUEST" && input.identitySources.length !== 1) ctx.addIssue({ code: "custom", path: ["identitySources"], message: "Name the one header that carries the token, e.g. method.request.header.Authorization." });
  if (input.type === "REQUEST" && input.resultTtlSeconds > 0 && input.identitySources.length === 0) ctx.addIssue({ code: "custom", path: ["identitySources"], message: "With caching on, a REQUEST authorizer needs at least one identity source." });
}

export const createAuthorizerSchema = authorizerFields.superRefine(checkAuthorizer);

export const updateAuthorizerSchema = authorizerFields.extend({ authorizerId }).superRefine(checkAuthorizer);

export const deleteAuthorizerSchema = z.object({ ...api, authorizerId });

export const testAuthorizerSchema = z.object({
  ...api,
  authorizerId,
  headers: z.array(z.object({ name: z.string().trim().min(1, "Enter a header name."), value: z.string() })).max(20),
  queryString: z.string().trim().max(2048).optional(),
});
