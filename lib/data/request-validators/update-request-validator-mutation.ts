"use client";

import type { z } from "zod";
import { updateRequestValidatorAction } from "@/lib/actions/request-validators/update-request-validator";
import type { updateRequestValidatorSchema } from "@/lib/actions/request-validators/request-validator-schemas";
import { useActionMutation } from "../action-mutation";
import { requestValidatorKeys } from "./keys";

export function useUpdateRequestValidatorMutation(onSuccess?: () => void) {
  return useActionMutation(
    updateRequestValidatorAction as (input: z.input<typeof updateRequestValidatorSchema>) => ReturnType<typeof updateRequestValidatorAction>,
    (input) => requestValidatorKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
