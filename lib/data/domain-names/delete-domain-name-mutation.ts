"use client";

import type { z } from "zod";
import { deleteDomainNameAction } from "@/lib/actions/domain-names/delete-domain-name";
import type { deleteDomainNameSchema } from "@/lib/actions/domain-names/domain-name-schemas";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "./keys";

/** Deletes a domain (and, in AWS, its mappings); the domain reads are refreshed when it settles. */
export function useDeleteDomainNameMutation(onSuccess?: (data: { domainName: string }) => void) {
  return useActionMutation(deleteDomainNameAction as (input: z.input<typeof deleteDomainNameSchema>) => ReturnType<typeof deleteDomainNameAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
