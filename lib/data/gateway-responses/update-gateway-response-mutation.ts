"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { updateGatewayResponseSchema } from "@/lib/actions/gateway-responses/gateway-response-schemas";
import { updateGatewayResponseAction } from "@/lib/actions/gateway-responses/update-gateway-response";
import type { GatewayResponseSnapshot } from "@/lib/domain/api-design";
import { callAction, type ActionFailure } from "../action-failure";
import { gatewayResponseKeys } from "./keys";

export type UpdateGatewayResponseVariables = z.input<typeof updateGatewayResponseSchema>;

export function useUpdateGatewayResponseMutation(options: { onSuccess?: (data: GatewayResponseSnapshot) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation<GatewayResponseSnapshot, ActionFailure, UpdateGatewayResponseVariables>({
    mutationFn: (variables) => callAction(updateGatewayResponseAction, variables),
    async onSuccess(data, variables) {
      await queryClient.invalidateQueries({ queryKey: gatewayResponseKeys.all(variables.envId, variables.restApiId) });
      options.onSuccess?.(data);
    },
  });
}
