"use server";

import { z } from "zod";
import { listStageNames } from "@/lib/aws/cors";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { requireEnvironment } from "@/lib/environments/environments";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { defineAction } from "../action-client";

/** The API's stages, for the preflight check's stage picker. */
export const listStageNamesAction = defineAction({
  name: "stage.list-names",
  input: z.object({ envId: environmentIdSchema, restApiId: restApiIdSchema }),
  access: "viewer",
  audit: false,
  async handler({ envId, restApiId }, ctx) {
    return listStageNames(await requireEnvironment(envId, ctx.db), restApiId);
  },
});
