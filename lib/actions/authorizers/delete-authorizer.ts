"use server";

import { revalidatePath } from "next/cache";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { deleteAuthorizer } from "@/lib/aws/authorizers";
import { methodsWhere } from "@/lib/domain/api-design";
import { describeMethods } from "@/lib/domain/model";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteAuthorizerSchema } from "./authorizer-schemas";

/** Deletes an authorizer no method uses; while one does, the refusal names the methods. */
export const deleteAuthorizerAction = defineAction({
  name: "authorizer.delete",
  input: deleteAuthorizerSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.authorizerId}` },
  async handler({ envId, restApiId, authorizerId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const users = methodsWhere(await listResourcesWithMethods(environment, restApiId), (method) => method.authorizerId === authorizerId);
    if (users.length > 0) throw new ConsoleError("conflict", `This authorizer protects ${describeMethods(users)}. Change those methods first.`);
    const { requestId } = await deleteAuthorizer(environment, restApiId, authorizerId);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/apis/${restApiId}/authorizers`);
    return null;
  },
});
