"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { resetGatewayResponseAction } from "@/lib/actions/gateway-responses/reset-gateway-response";
import { callAction, type ActionFailure } from "../action-failure";
import { gatewayResponseKeys } from "./keys";

type Variables = { envId: string; restApiId: string; responseType: string };

export function useResetGatewayResponseMutation(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation<null, ActionFailure, Variables>({
    mutationFn: (variables) => callAction(resetGatewayResponseAction, variables),
    async onSuccess(_data, variables) {
      await queryClient.invalidateQueries({ queryKey: gatewayResponseKeys.all(variables.envId, variables.restApiId) });
      options.onSuccess?.();
    },
  });
}
