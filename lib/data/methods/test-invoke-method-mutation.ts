"use client";

import { useMutation } from "@tanstack/react-query";
import { testInvokeMethodAction } from "@/lib/actions/methods/test-invoke-method";
import type { TestInvokeResult } from "@/lib/aws/test-invoke";
import { callAction, type ActionFailure } from "../action-failure";

export type TestInvokeMethodVariables = {
  envId: string;
  restApiId: string;
  resourceId: string;
  httpMethod: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "ANY";
  path: string;
  headers: Record<string, string>;
  body?: string;
  stageVariables: Record<string, string>;
};

/** Runs TestInvokeMethod on the working copy; it changes no API configuration, so nothing is invalidated. */
export function useTestInvokeMethodMutation() {
  return useMutation<TestInvokeResult, ActionFailure, TestInvokeMethodVariables>({
    mutationFn: (variables) => callAction(testInvokeMethodAction, variables),
  });
}
