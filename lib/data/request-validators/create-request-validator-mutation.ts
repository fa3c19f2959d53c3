"use client";

import type { z } from "zod";
import { createRequestValidatorAction } from "@/lib/actions/request-validators/create-request-validator";
import type { createRequestValidatorSchema } from "@/lib/actions/request-validators/request-validator-schemas";
import { useActionMutation } from "../action-mutation";
import { requestValidatorKeys } from "./keys";

export function useCreateRequestValidatorMutation(onSuccess?: () => void) {
  return useActionMutation(
    createRequestValidatorAction as (input: z.input<typeof createRequestValidatorSchema>) => ReturnType<typeof createRequestValidatorAction>,
    (input) => requestValidatorKeys.all(input.envId, input.restApiId),
    onSuccess,
  );
}
