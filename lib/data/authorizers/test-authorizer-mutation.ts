"use client";

import type { z } from "zod";
import { testAuthorizerAction } from "@/lib/actions/authorizers/test-authorizer";
import type { testAuthorizerSchema } from "@/lib/actions/authorizers/authorizer-schemas";
import { useActionMutation } from "../action-mutation";
import { authorizerKeys } from "./keys";

export function useTestAuthorizerMutation(onSuccess?: () => void) {
  return useActionMutation(
    testAuthorizerAction as (input: z.input<typeof testAuthorizerSchema>) => ReturnType<typeof testAuthorizerAction>,
    (input) => authorizerKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
