"use server";

import { testInvokeAuthorizer } from "@/lib/aws/authorizers";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { testAuthorizerSchema } from "./authorizer-schemas";

/** Runs TestInvokeAuthorizer: the function (or user pool) decides as it would for a real request; nothing changes. */
export const testAuthorizerAction = defineAction({
  name: "authorizer.test",
  input: testAuthorizerSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.authorizerId}` },
  async handler({ envId, restApiId, authorizerId, headers, queryString }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value, requestId } = await testInvokeAuthorizer(environment, restApiId, authorizerId, { headers: Object.fromEntries(headers.map((header) => [header.name, header.value])), queryString });
    Object.assign(ctx.audit, { requestId, detail: `status ${value.clientStatus}` });
    return value;
  },
});
