"use client";

import type { z } from "zod";
import { createBasePathMappingAction } from "@/lib/actions/base-path-mappings/create-base-path-mapping";
import type { createBasePathMappingSchema } from "@/lib/actions/base-path-mappings/base-path-mapping-schemas";
import type { BasePathMappingSummary } from "@/lib/domain/domain-name";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "../domain-names/keys";

/** Maps a base path; the domain's reads (list counts included) are refreshed when it settles. */
export function useCreateBasePathMappingMutation(onSuccess?: (data: BasePathMappingSummary) => void) {
  return useActionMutation(createBasePathMappingAction as (input: z.input<typeof createBasePathMappingSchema>) => ReturnType<typeof createBasePathMappingAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
