"use client";

import { useCallback, useMemo } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import type { DashboardParams } from "@/lib/domain/dashboard-view";

const keys = ["range", "from", "to", "stage", "method", "tz", "refresh"] as const;

/**
 * The dashboard's state lives in the query string so a view can be shared and the back button works. Updates use
 * history.pushState (Next keeps useSearchParams in step) so react-query reads the new range without re-rendering the page on the server.
 */
export function useDashboardUrl(): [DashboardParams, (patch: Partial<DashboardParams>) => void] {
  const search = useSearchParams();
  const pathname = usePathname();
  const params = useMemo(() => Object.fromEntries(keys.map((key) => [key, search.get(key) ?? undefined])) as DashboardParams, [search]);
  const update = useCallback(
    (patch: Partial<DashboardParams>) => {
      const next = new URLSearchParams(search);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      // A preset range drops the custom bounds of an earlier zoom.
      if (patch.range && patch.range !== "custom") ["from", "to"].forEach((key) => next.delete(key));
      const query = next.toString();
      window.history.pushState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [search, pathname],
  );
  return [params, update];
}
