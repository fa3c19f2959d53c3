"use client";

import { ErrorState } from "@/components/ui/error-state";

/** Unexpected failures only: expected ones (AWS unreachable, bad credentials) are rendered by the page itself. */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <ErrorState
      title="This page could not be shown"
      message="Something went wrong on the server. The error has been logged."
      detail={digest ? <span className="font-mono">Reference {digest}</span> : undefined}
      onRetry={retry}
    />
  );
}
