"use client";

import { useQuery } from "@tanstack/react-query";
import type { DomainNameDetail } from "@/lib/domain/domain-name";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { domainNameKeys } from "./keys";

export async function getDomainNameDetail(envId: string, domainName: string, signal?: AbortSignal): Promise<DomainNameDetail> {
  return fetchConsoleJson<DomainNameDetail>(`/api/env/${encodeURIComponent(envId)}/domain-names/${encodeURIComponent(domainName)}`, signal);
}

/** One domain and its base path mappings; the server's first read is the initial data. */
export function useDomainNameQuery(envId: string, initialData: DomainNameDetail) {
  const domainName = initialData.domain.domainName;
  return useQuery<DomainNameDetail, ActionFailure>({
    queryKey: domainNameKeys.detail(envId, domainName),
    queryFn: ({ signal }) => getDomainNameDetail(envId, domainName, signal),
    initialData,
  });
}
