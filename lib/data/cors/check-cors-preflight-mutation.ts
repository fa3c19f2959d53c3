"use client";

import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { checkCorsPreflightAction } from "@/lib/actions/cors/check-cors-preflight";
import type { preflightCheckSchema } from "@/lib/actions/cors/cors-schemas";
import type { PreflightCheckResult } from "@/lib/domain/cors-preflight-verdict";
import { callAction, type ActionFailure } from "../action-failure";

/** Sends a real preflight to a stage; a mutation because it makes requests the person asked for, once per click. */
export function useCheckCorsPreflightMutation() {
  return useMutation<PreflightCheckResult, ActionFailure, z.input<typeof preflightCheckSchema>>({
    mutationFn: (variables) => callAction(checkCorsPreflightAction, variables),
  });
}
