"use client";

import { useQuery } from "@tanstack/react-query";
import type { DomainNameListItem } from "@/lib/domain/domain-name";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { domainNameKeys } from "./keys";

export async function getDomainNames(envId: string, signal?: AbortSignal): Promise<DomainNameListItem[]> {
  return fetchConsoleJson<DomainNameListItem[]>(`/api/env/${encodeURIComponent(envId)}/domain-names`, signal);
}

/** The environment's custom domains with their mappings; the server's first read is the initial data. */
export function useDomainNamesQuery(envId: string, initialData: DomainNameListItem[]) {
  return useQuery<DomainNameListItem[], ActionFailure>({ queryKey: domainNameKeys.list(envId), queryFn: ({ signal }) => getDomainNames(envId, signal), initialData });
}
