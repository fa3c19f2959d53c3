"use server";

import { revalidatePath } from "next/cache";
import { runPlan } from "@/lib/aws/method-plan-runner";
import { getMethodDefinition, getResourcePath } from "@/lib/aws/methods";
import { diffMethods } from "@/lib/domain/method-changes";
import { planMethodSave } from "@/lib/domain/method-patch";
import type { MethodSaveResult } from "@/lib/domain/method-save-result";
import { withTransientRetry } from "@/lib/domain/transient-retry";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { saveMethodSchema } from "./method-schemas";

/**
 * Saves the edited method only if it is still the version the page loaded: the method is read again first and any
 * difference is reported field by field instead of being overwritten. Those first reads are retried like the save's
 * steps when AWS throttles; if they still fail, the error says that nothing was sent.
 */
export const saveMethodAction = defineAction({
  name: "method.save",
  input: saveMethodSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.httpMethod} ${input.resourceId}` },
  async handler({ envId, restApiId, resourceId, httpMethod, loaded, edited }, ctx): Promise<MethodSaveResult> {
    const environment = await requireEnvironment(envId, ctx.db);
    const at = { restApiId, resourceId, httpMethod };
    const [current, resource] = await beforeSending(() =>
      Promise.all([withTransientRetry(() => getMethodDefinition(environment, at)), withTransientRetry(() => getResourcePath(environment, restApiId, resourceId))]),
    );
    if (!current || !resource) throw new ConsoleError("not_found", `${httpMethod} no longer exists on this resource. It may have been deleted.`);
    ctx.audit.target = `${httpMethod} ${resource.path}`;
    const changes = diffMethods(loaded, current);
    if (changes.length > 0) {
      ctx.audit.detail = `not saved: changed since loaded (${changes.length} fields)`;
      return { status: "conflict", changes, current };
    }
    const run = await runPlan(environment, at, planMethodSave(current, edited));
    Object.assign(ctx.audit, {
      requestId: run.applied.at(-1)?.requestId ?? null,
      detail: [...run.applied.map((step) => `${step.step} (${step.requestId ?? "no request id"})`), ...(run.failed ? [`FAILED ${run.failed.step}: ${run.failed.code}`] : [])].join("; ").slice(0, 2000),
    });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    const after = await withTransientRetry(() => getMethodDefinition(environment, at)).catch(() => null);
    const applied = run.applied.map((step) => step.step);
    if (run.failed) return { status: "partial", applied, failed: run.failed, notRun: run.notRun, current: after };
    return { status: "saved", applied, current: after };
  },
});

/** A failure before the first change is sent: the message says so, so nobody wonders what was half-saved. */
async function beforeSending<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ConsoleError)) throw error;
    throw new ConsoleError(error.code, `Nothing was saved: reading the method before saving failed. ${error.message}`, { requestId: error.requestId, cause: error });
  }
}
