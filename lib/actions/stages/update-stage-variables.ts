"use server";

import { revalidatePath } from "next/cache";
import { getStage, updateStage } from "@/lib/aws/stages";
import { stageVariablePatches } from "@/lib/domain/stage-variable-patch";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateStageVariablesSchema } from "./stage-schemas";

export const updateStageVariablesAction = defineAction({
  name: "stage.update-variables",
  input: updateStageVariablesSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stageName}` },
  async handler({ envId, restApiId, stageName, variables }, ctx) {
    const names = variables.map((variable) => variable.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate) throw new ConsoleError("validation", `Variable ${duplicate} is listed twice.`, { fieldErrors: { variables: [`${duplicate} is listed twice.`] } });
    const environment = await requireEnvironment(envId, ctx.db);
    const stage = await getStage(environment, restApiId, stageName);
    if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} no longer exists.`);
    const patches = stageVariablePatches(stage.variables, Object.fromEntries(variables.map((v) => [v.name, v.value])));
    if (patches.length === 0) return stage;
    const { value, requestId } = await updateStage(environment, restApiId, stageName, patches);
    Object.assign(ctx.audit, { requestId, detail: patches.map((patch) => `${patch.op} ${patch.path}`).join(", ") });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return value;
  },
});
