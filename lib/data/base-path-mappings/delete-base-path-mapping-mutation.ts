"use client";

import type { z } from "zod";
import { deleteBasePathMappingAction } from "@/lib/actions/base-path-mappings/delete-base-path-mapping";
import type { deleteBasePathMappingSchema } from "@/lib/actions/base-path-mappings/base-path-mapping-schemas";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "../domain-names/keys";

/** Removes a base path mapping; the domain's reads are refreshed when it settles. */
export function useDeleteBasePathMappingMutation(onSuccess?: (data: { domainName: string; basePath: string }) => void) {
  return useActionMutation(deleteBasePathMappingAction as (input: z.input<typeof deleteBasePathMappingSchema>) => ReturnType<typeof deleteBasePathMappingAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
