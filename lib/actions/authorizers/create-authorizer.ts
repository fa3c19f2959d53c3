"use server";

import { revalidatePath } from "next/cache";
import { createAuthorizer } from "@/lib/aws/authorizers";
import { lambdaAuthorizerUri } from "@/lib/domain/authorizer";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createAuthorizerSchema } from "./authorizer-schemas";

export const createAuthorizerAction = defineAction({
  name: "authorizer.create",
  input: createAuthorizerSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.name}` },
  async handler({ envId, restApiId, functionArn, ...input }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const authorizerUri = input.type === "COGNITO_USER_POOLS" ? null : lambdaAuthorizerUri(functionArn ?? "");
    try {
      const { value, requestId } = await createAuthorizer(environment, restApiId, {
        ...input,
        authorizerUri,
        providerArns: input.type === "COGNITO_USER_POOLS" ? input.providerArns : [],
        identityValidationExpression: input.identityValidationExpression || null,
      });
      Object.assign(ctx.audit, { requestId, target: `${restApiId}/${value.id}`, detail: `${value.type} ${value.name}` });
      revalidatePath(`/env/${envId}/apis/${restApiId}/authorizers`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && error.code === "validation") {
        const field = /identity/i.test(error.message) ? "identitySources" : /provider|pool/i.test(error.message) ? "providerArns" : /uri|function/i.test(error.message) ? "functionArn" : "name";
        throw new ConsoleError("validation", error.message, { requestId: error.requestId, fieldErrors: { [field]: [error.message] } });
      }
      throw error;
    }
  },
});
