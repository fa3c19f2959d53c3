import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

const headerName = z.string().trim().regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, "Header names use letters, digits and - only.");
const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "ANY"] as const;

export const corsScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("resource"), resourceId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, "That is not a resource id.") }),
  z.object({ kind: z.literal("api") }),
]);

export const corsSettingsSchema = z.object({
  origins: z.array(z.string().trim().min(1)).max(50, "List at most 50 origins."),
  allowMethods: z.array(z.enum(httpMethods)),
  allowHeaders: z.array(headerName).max(50),
  exposeHeaders: z.array(headerName).max(50),
  allowCredentials: z.boolean(),
  maxAgeSeconds: z.number({ error: "Use a whole number of seconds." }).int("Use a whole number of seconds.").min(0, "Use 0 or more seconds.").max(86_400, "Browsers cap this at a day (86400 s).").nullable(),
});

const target = { envId: environmentIdSchema, restApiId: restApiIdSchema, scope: corsScopeSchema };

export const corsPlanSchema = z.object({ ...target, settings: corsSettingsSchema });
export const corsRemovalSchema = z.object(target);

export const preflightCheckSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  stage: z.string({ error: "Choose a stage." }).regex(/^[A-Za-z0-9_-]{1,128}$/, "Choose a deployed stage."),
  path: z.string().trim().startsWith("/", "Start the path with /."),
  origin: z.string().trim().regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, "Use an origin such as https://app.example.com (no path)."),
  method: z.enum(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"], { error: "Choose a method." }),
  headers: z.array(headerName).max(20),
  credentials: z.boolean(),
});
