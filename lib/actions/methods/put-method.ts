"use server";

import { revalidatePath } from "next/cache";
import { runPlan } from "@/lib/aws/method-plan-runner";
import { getResourcePath, putMethod } from "@/lib/aws/methods";
import { bareMethod, defaultMethod } from "@/lib/domain/default-method";
import { planMethodSave } from "@/lib/domain/method-patch";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { putMethodSchema } from "./method-schemas";

/** What adding a method did: it exists once PutMethod succeeds; `incomplete` says which setup call failed after that. */
export type PutMethodResult = { httpMethod: string; incomplete: string | null };

/** Adds a method with a sensible default integration (MOCK answering 200, or a proxy to HTTP or Lambda). */
export const putMethodAction = defineAction({
  name: "method.create",
  input: putMethodSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.httpMethod} ${input.resourceId}` },
  async handler({ envId, restApiId, resourceId, httpMethod, integration }, ctx): Promise<PutMethodResult> {
    const environment = await requireEnvironment(envId, ctx.db);
    const resource = await getResourcePath(environment, restApiId, resourceId);
    if (!resource) throw new ConsoleError("not_found", "This resource no longer exists. It may have been deleted.");
    ctx.audit.target = `${httpMethod} ${resource.path}`;
    if (resource.methods.includes(httpMethod)) {
      const message = `${httpMethod} already exists on ${resource.path}.`;
      throw new ConsoleError("conflict", message, { fieldErrors: { httpMethod: [message] } });
    }
    const at = { restApiId, resourceId, httpMethod };
    ctx.audit.requestId = await putMethod(environment, at);
    const run = await runPlan(environment, at, planMethodSave(bareMethod(httpMethod), defaultMethod(httpMethod, integration)));
    ctx.audit.detail = run.failed ? `created; setup stopped at ${run.failed.step}: ${run.failed.code}` : `created with ${integration.kind}`;
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    const incomplete = run.failed ? `${httpMethod} was created, but ${run.failed.step} failed (${run.failed.message}). Finish the setup in the editor.` : null;
    return { httpMethod, incomplete };
  },
});
