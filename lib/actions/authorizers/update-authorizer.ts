"use server";

import { revalidatePath } from "next/cache";
import { getAuthorizer, updateAuthorizer } from "@/lib/aws/authorizers";
import { lambdaAuthorizerUri } from "@/lib/domain/authorizer";
import { authorizerPatch } from "@/lib/domain/authorizer-patch";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateAuthorizerSchema } from "./authorizer-schemas";

export const updateAuthorizerAction = defineAction({
  name: "authorizer.update",
  input: updateAuthorizerSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.authorizerId}` },
  async handler({ envId, restApiId, authorizerId, functionArn, ...input }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    // The patch is computed against what AWS holds now, so a change made elsewhere is not undone field by field.
    const current = await getAuthorizer(environment, restApiId, authorizerId);
    if (current.type !== input.type) throw new ConsoleError("validation", "An authorizer's type cannot change: create a new authorizer instead.", { fieldErrors: { type: [`This authorizer is ${current.type}.`] } });
    const patch = authorizerPatch(current, {
      ...input,
      authorizerUri: input.type === "COGNITO_USER_POOLS" ? null : lambdaAuthorizerUri(functionArn ?? ""),
      providerArns: input.type === "COGNITO_USER_POOLS" ? input.providerArns : [],
      identityValidationExpression: input.identityValidationExpression || null,
    });
    if (patch.length === 0) return current;
    const { value, requestId } = await updateAuthorizer(environment, restApiId, authorizerId, patch);
    Object.assign(ctx.audit, { requestId, detail: patch.map((operation) => `${operation.op} ${operation.path}`).join(", ") });
    revalidatePath(`/env/${envId}/apis/${restApiId}/authorizers`);
    return value;
  },
});
