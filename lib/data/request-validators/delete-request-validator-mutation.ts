"use client";

import type { z } from "zod";
import { deleteRequestValidatorAction } from "@/lib/actions/request-validators/delete-request-validator";
import type { deleteRequestValidatorSchema } from "@/lib/actions/request-validators/request-validator-schemas";
import { useActionMutation } from "../action-mutation";
import { requestValidatorKeys } from "./keys";

export function useDeleteRequestValidatorMutation(onSuccess?: () => void) {
  return useActionMutation(
    deleteRequestValidatorAction as (input: z.input<typeof deleteRequestValidatorSchema>) => ReturnType<typeof deleteRequestValidatorAction>,
    (input) => requestValidatorKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
