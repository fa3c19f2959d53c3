"use server";

import { revalidatePath } from "next/cache";
import { importApiKeys } from "@/lib/aws/api-keys";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { importApiKeysSchema } from "./api-key-schemas";

/** ImportApiKeys (CSV). The file holds key values, so the audit records only how many keys came in and how many rows AWS refused. */
export const importApiKeysAction = defineAction({
  name: "api-key.import",
  input: importApiKeysSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: () => "CSV file" },
  async handler({ envId, csv }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await importApiKeys(environment, csv);
      Object.assign(ctx.audit, { requestId, detail: `${value.ids.length} keys imported, ${value.warnings.length} rows refused` });
      revalidatePath(`/env/${envId}/usage-plans`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && error.code === "validation") throw new ConsoleError("validation", error.message, { requestId: error.requestId, fieldErrors: { csv: [error.message] } });
      throw error;
    }
  },
});
