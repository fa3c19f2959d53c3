"use server";

import { revalidatePath } from "next/cache";
import { deleteDomainName, getDomainName, listBasePathMappings } from "@/lib/aws/domain-names";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { deleteDomainNameSchema } from "./domain-name-schemas";

// Admin: deleting a domain cuts off every client that calls any API through it.
export const deleteDomainNameAction = defineAction({
  name: "domain-name.delete",
  input: deleteDomainNameSchema,
  access: "admin",
  audit: { envId: (input) => input.envId, target: (input) => input.domainName },
  async handler({ envId, domainName, confirmName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    // The typed name is checked here, not only in the dialog: a request without it must not delete anything.
    if (confirmName.trim().toLowerCase() !== domainName) {
      const message = `Type the domain name, ${domainName}, to confirm.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirmName: [message] } });
    }
    if (!(await getDomainName(environment, domainName))) throw new ConsoleError("not_found", "This domain name no longer exists. It may have been deleted already.");
    // Read first so the audit record names the mappings AWS deletes with the domain.
    const mappings = await listBasePathMappings(environment, domainName);
    const { requestId } = await deleteDomainName(environment, domainName);
    const detail = mappings.length === 0 ? "no base path mappings" : `with mappings ${mappings.map((mapping) => `${mapping.basePath} -> ${mapping.restApiId}/${mapping.stage ?? "*"}`).join(", ")}`;
    Object.assign(ctx.audit, { requestId, detail });
    revalidatePath(`/env/${envId}/domains`, "layout");
    return { domainName };
  },
});
