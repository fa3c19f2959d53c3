"use server";

import { revalidatePath } from "next/cache";
import { updateIntegrationUri } from "@/lib/aws/integration-uri";
import { getStage, updateStage } from "@/lib/aws/stages";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { extractHostVariableSchema } from "./stage-schemas";

/** One click for a hard-coded host: each stage gets a variable holding its host, then the working copy's URI uses it. */
export const extractHostVariableAction = defineAction({
  name: "stage.extract-host-variable",
  input: extractHostVariableSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.httpMethod} ${input.path}` },
  async handler({ envId, restApiId, path, httpMethod, variableName, uri, hosts }, ctx) {
    if (!uri.startsWith(`https://\${stageVariables.${variableName}}`) && !uri.startsWith(`http://\${stageVariables.${variableName}}`)) {
      throw new ConsoleError("validation", `The URI must use \${stageVariables.${variableName}} as its host.`, { fieldErrors: { uri: ["Use the variable as the host."] } });
    }
    const environment = await requireEnvironment(envId, ctx.db);
    const done: string[] = [];
    try {
      // Variables first: stages keep serving their literal host until the next deploy, so nothing breaks in between.
      for (const { stageName, host } of hosts) {
        const op = (await getStage(environment, restApiId, stageName))?.variables[variableName] === undefined ? "add" : "replace";
        await updateStage(environment, restApiId, stageName, [{ op, path: `/variables/${variableName}`, value: host }]);
        done.push(`set ${variableName}=${host} on stage ${stageName}`);
      }
      await updateIntegrationUri(environment, restApiId, path, httpMethod, uri);
      done.push(`changed the working copy's ${httpMethod} ${path} integration URI to ${uri}`);
    } catch (error) {
      if (done.length === 0) throw error;
      const reason = error instanceof ConsoleError ? error.message : "an unexpected error";
      throw new ConsoleError("unavailable", `Done: ${done.join("; ")}. Not done: the rest (${reason}). Retry to finish.`);
    } finally {
      ctx.audit.detail = done.join("; ") || null;
      revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    }
    return { done };
  },
});
