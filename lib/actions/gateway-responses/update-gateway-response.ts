"use server";

import { revalidatePath } from "next/cache";
import { putGatewayResponse } from "@/lib/aws/gateway-responses";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateGatewayResponseSchema } from "./gateway-response-schemas";

/** Customises one response type: status, headers and the application/json template. */
export const updateGatewayResponseAction = defineAction({
  name: "gateway-response.update",
  input: updateGatewayResponseSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.responseType}` },
  async handler({ envId, restApiId, responseType, statusCode, headers, template }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const responseParameters = Object.fromEntries(headers.map((header) => [`gatewayresponse.header.${header.name}`, header.value]));
    try {
      const { value, requestId } = await putGatewayResponse(environment, restApiId, {
        responseType,
        statusCode,
        responseParameters,
        responseTemplates: template.trim() ? { "application/json": template } : {},
      });
      Object.assign(ctx.audit, { requestId, detail: `status ${statusCode ?? "of the error"}, ${headers.length} headers` });
      revalidatePath(`/env/${envId}/apis/${restApiId}/gateway-responses`);
      return value;
    } catch (error) {
      // AWS names the bad parameter or status in its message: show it beside the headers.
      if (error instanceof ConsoleError && error.code === "validation") {
        throw new ConsoleError("validation", error.message, { requestId: error.requestId, fieldErrors: { [/status/i.test(error.message) ? "statusCode" : "headers"]: [error.message] } });
      }
      throw error;
    }
  },
});
