import { z } from "zod";

export const credentialsSources = ["default", "profile", "role"] as const;
export type CredentialsSource = (typeof credentialsSources)[number];

/** Form fields left empty arrive as "": treat them as not given. */
const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const regionSchema = z
  .string({ error: "Enter a region." })
  .trim()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, "Enter an AWS region code such as us-east-1.");

export const environmentFieldsSchema = z
  .object({
    name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(64, "Use at most 64 characters."),
    region: regionSchema,
    credentialsSource: z.enum(credentialsSources, { error: "Choose default, profile or role." }),
    profile: optionalText(z.string().trim().regex(/^[\w+=,.@/-]{1,128}$/, "Profile names use letters, digits and + = , . @ / - _ only.")),
    roleArn: optionalText(z.string().trim().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, "Enter a role ARN such as arn:aws:iam::123456789012:role/ArchwayConsole.")),
    endpointUrl: optionalText(z.url({ protocol: /^https?$/, error: "Enter an http:// or https:// URL." })),
    protected: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.credentialsSource === "profile" && !value.profile) ctx.addIssue({ code: "custom", path: ["profile"], message: "Enter the profile name." });
    if (value.credentialsSource === "role" && !value.roleArn) ctx.addIssue({ code: "custom", path: ["roleArn"], message: "Enter the role ARN to assume." });
    if (value.name.toLowerCase() === "sandbox") ctx.addIssue({ code: "custom", path: ["name"], message: "The name Sandbox belongs to the built-in environment." });
  })
  // Only the field the chosen source uses is kept, so a stale profile never rides along with a role.
  .transform((value) => ({
    ...value,
    profile: value.credentialsSource === "profile" ? value.profile : undefined,
    roleArn: value.credentialsSource === "role" ? value.roleArn : undefined,
  }));

export type EnvironmentFields = z.output<typeof environmentFieldsSchema>;

export const environmentIdSchema = z.string({ error: "Choose an environment." }).min(1, "Choose an environment.").max(100);
