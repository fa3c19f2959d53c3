"use client";

import type { z } from "zod";
import { updateAuthorizerAction } from "@/lib/actions/authorizers/update-authorizer";
import type { updateAuthorizerSchema } from "@/lib/actions/authorizers/authorizer-schemas";
import { useActionMutation } from "../action-mutation";
import { authorizerKeys } from "./keys";

export function useUpdateAuthorizerMutation(onSuccess?: () => void) {
  return useActionMutation(
    updateAuthorizerAction as (input: z.input<typeof updateAuthorizerSchema>) => ReturnType<typeof updateAuthorizerAction>,
    (input) => authorizerKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
