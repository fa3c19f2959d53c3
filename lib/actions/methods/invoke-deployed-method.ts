"use server";
import { sendThroughStage } from "@/lib/aws/stage-invoke";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { invokeDeployedMethodSchema } from "./test-invoke-schemas";

/**
 * Sends a request through a deployed stage's invoke URL, from the console's server. Only URLs derived from the
 * environment are reachable (an SSRF boundary: see stage-invoke-url.ts); editor, as it calls the real backend.
 */
export const invokeDeployedMethodAction = defineAction({
  name: "method.invoke-deployed",
  input: invokeDeployedMethodSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName} ${input.httpMethod} ${input.path.split("?")[0]}` },
  async handler({ envId, restApiId, stageName, httpMethod, path, headers, body }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const response = await sendThroughStage(environment, { restApiId, stageName, httpMethod, pathWithQueryString: path, headers, body });
    ctx.audit.detail = `status ${response.status}`;
    return response;
  },
});
