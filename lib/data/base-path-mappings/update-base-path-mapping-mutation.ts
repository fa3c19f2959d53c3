"use client";

import type { z } from "zod";
import { updateBasePathMappingAction } from "@/lib/actions/base-path-mappings/update-base-path-mapping";
import type { updateBasePathMappingSchema } from "@/lib/actions/base-path-mappings/base-path-mapping-schemas";
import type { BasePathMappingSummary } from "@/lib/domain/domain-name";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "../domain-names/keys";

/** Points a base path at another API or stage; the domain's reads are refreshed when it settles. */
export function useUpdateBasePathMappingMutation(onSuccess?: (data: BasePathMappingSummary) => void) {
  return useActionMutation(updateBasePathMappingAction as (input: z.input<typeof updateBasePathMappingSchema>) => ReturnType<typeof updateBasePathMappingAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
