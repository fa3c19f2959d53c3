"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { refreshPrices } from "@/lib/aws/pricing";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";

export const refreshPricesAction = defineAction({
  name: "cost.refresh-prices",
  input: z.object({ envId: z.string().min(1) }),
  // Changes the prices every user's cost pages show for the region.
  access: "editor",
  audit: { envId: (input) => input.envId },
  async handler({ envId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const choice = await refreshPrices(environment, new Date());
    ctx.audit.detail = `${environment.region}: ${choice.updated.join(", ")}`;
    revalidatePath(`/env/${envId}`, "layout");
    return { region: environment.region, updated: choice.updated, refreshedAt: choice.refreshedAt };
  },
});
