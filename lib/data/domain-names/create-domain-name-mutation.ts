"use client";

import type { z } from "zod";
import { createDomainNameAction } from "@/lib/actions/domain-names/create-domain-name";
import type { createDomainNameSchema } from "@/lib/actions/domain-names/domain-name-schemas";
import type { DomainNameSummary } from "@/lib/domain/domain-name";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "./keys";

/** Creates a domain; the environment's domain reads are refreshed when it settles. */
export function useCreateDomainNameMutation(onSuccess?: (data: DomainNameSummary) => void) {
  return useActionMutation(createDomainNameAction as (input: z.input<typeof createDomainNameSchema>) => ReturnType<typeof createDomainNameAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
