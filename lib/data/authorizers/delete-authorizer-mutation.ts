"use client";

import type { z } from "zod";
import { deleteAuthorizerAction } from "@/lib/actions/authorizers/delete-authorizer";
import type { deleteAuthorizerSchema } from "@/lib/actions/authorizers/authorizer-schemas";
import { useActionMutation } from "../action-mutation";
import { authorizerKeys } from "./keys";

export function useDeleteAuthorizerMutation(onSuccess?: () => void) {
  return useActionMutation(
    deleteAuthorizerAction as (input: z.input<typeof deleteAuthorizerSchema>) => ReturnType<typeof deleteAuthorizerAction>,
    (input) => authorizerKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
