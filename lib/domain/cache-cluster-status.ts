// The stage cache cluster's status as a person reads it, and whether it is still changing (so the page polls).

const changingStatuses = new Set(["CREATE_IN_PROGRESS", "DELETE_IN_PROGRESS", "FLUSH_IN_PROGRESS"]);

/** True while AWS is creating, deleting or flushing the cluster. */
export function cacheClusterChanging(status: string | null): boolean {
  return status !== null && changingStatuses.has(status);
}

/** "Creating", "Available", "Off" ... and the badge tone that goes with it. */
export function cacheClusterStatusLabel({ enabled, status }: { enabled: boolean; status: string | null }): { label: string; tone: "success" | "warning" | "neutral" | "danger" } {
  // AWS reports NOT_AVAILABLE for a stage without a cluster: that is "off", not a failure.
  if (!enabled && (status === null || status === "NOT_AVAILABLE")) return { label: "Off", tone: "neutral" };
  switch (status) {
    case "AVAILABLE":
      return { label: "Available", tone: "success" };
    case "CREATE_IN_PROGRESS":
      return { label: "Creating", tone: "warning" };
    case "DELETE_IN_PROGRESS":
      return { label: "Deleting", tone: "warning" };
    case "FLUSH_IN_PROGRESS":
      return { label: "Flushing", tone: "warning" };
    case "NOT_AVAILABLE":
      return { label: "Not available", tone: "danger" };
    default:
      return { label: "Unknown", tone: "neutral" };
  }
}
