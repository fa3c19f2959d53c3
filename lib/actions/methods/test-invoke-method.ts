"use server";
import { testInvokeMethod } from "@/lib/aws/test-invoke";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { testInvokeMethodSchema } from "./test-invoke-schemas";

/**
 * Runs a method of the working copy with TestInvokeMethod. Editor, not viewer: AWS treats it as a write
 * (apigateway:POST) and it really calls the backend, which may change data or cost money.
 */
export const testInvokeMethodAction = defineAction({
  name: "method.test-invoke",
  input: testInvokeMethodSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.httpMethod} ${input.path.split("?")[0]}` },
  async handler({ envId, restApiId, resourceId, httpMethod, path, headers, body, stageVariables }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value, requestId } = await testInvokeMethod(environment, { restApiId, resourceId, httpMethod, pathWithQueryString: path, headers, body, stageVariables });
    Object.assign(ctx.audit, { requestId, detail: `status ${value.status}` });
    return value;
  },
});
