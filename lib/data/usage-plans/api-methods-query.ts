"use client";

import { useQuery } from "@tanstack/react-query";
import { getResources } from "../resources/resources-query";
import type { ActionFailure } from "../action-failure";
import { usagePlanKeys } from "./keys";

/** An API's methods as "resource path + verb", for per-method throttles; read once a stage's throttle form opens. */
export function useApiMethodsQuery(envId: string, restApiId: string, enabled: boolean) {
  return useQuery<Array<{ resourcePath: string; httpMethod: string }>, ActionFailure>({
    queryKey: usagePlanKeys.methods(envId, restApiId),
    queryFn: async ({ signal }) => (await getResources({ envId, restApiId }, signal)).flatMap((resource) => resource.methods.map((method) => ({ resourcePath: resource.path, httpMethod: method.httpMethod }))),
    enabled,
  });
}
