"use client";

import type { z } from "zod";
import { createAuthorizerAction } from "@/lib/actions/authorizers/create-authorizer";
import type { createAuthorizerSchema } from "@/lib/actions/authorizers/authorizer-schemas";
import { useActionMutation } from "../action-mutation";
import { authorizerKeys } from "./keys";

export function useCreateAuthorizerMutation(onSuccess?: () => void) {
  return useActionMutation(
    createAuthorizerAction as (input: z.input<typeof createAuthorizerSchema>) => ReturnType<typeof createAuthorizerAction>,
    (input) => authorizerKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
