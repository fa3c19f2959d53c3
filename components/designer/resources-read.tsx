import type { ReactNode } from "react";
import type { ApiResource } from "@/lib/domain/api-resource";
import type { ReadResult } from "@/lib/data/console-read";
import { ConsoleErrorState } from "@/components/shell/console-error-state";

/**
 * Awaits an API's resources, read (started by the page) alongside the API itself so the two calls overlap,
 * and shows the shared error state when AWS refused.
 */
export async function ResourcesRead({ read, children }: { read: Promise<ReadResult<ApiResource[]>>; children: (resources: ApiResource[]) => ReactNode }) {
  const resources = await read;
  if (!resources.ok) return <ConsoleErrorState error={resources.error} what="this API's resources" />;
  return children(resources.data);
}
