"use client";

import { useMutation } from "@tanstack/react-query";
import { invokeDeployedMethodAction } from "@/lib/actions/methods/invoke-deployed-method";
import type { StageResponse } from "@/lib/aws/stage-invoke";
import { callAction, type ActionFailure } from "../action-failure";

export type InvokeDeployedMethodVariables = {
  envId: string;
  restApiId: string;
  stageName: string;
  httpMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";
  path: string;
  headers: Record<string, string>;
  body?: string;
};

/** Sends the request through a deployed stage, as a client would; nothing cached changes. */
export function useInvokeDeployedMethodMutation() {
  return useMutation<StageResponse, ActionFailure, InvokeDeployedMethodVariables>({
    mutationFn: (variables) => callAction(invokeDeployedMethodAction, variables),
  });
}
