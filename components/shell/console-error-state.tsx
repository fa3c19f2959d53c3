"use client";

import { useRouter } from "next/navigation";
import type { ErrorCode } from "@/lib/errors";
import { ErrorState } from "@/components/ui/error-state";

const titles: Partial<Record<ErrorCode, string>> = {
  unreachable: "The environment cannot be reached",
  credentials: "The environment's credentials do not work",
  access_denied: "Access denied by AWS",
  wrong_region: "Wrong region",
  throttled: "AWS is throttling requests",
  rate_limited: "Too many requests",
  unavailable: "The service is unavailable",
  not_found: "Not found",
  forbidden: "You do not have access",
  not_implemented: "Not supported yet",
};

type ConsoleErrorStateProps = {
  error: { code: ErrorCode; message: string; requestId?: string | null };
  /** What was being loaded, e.g. "the APIs in Sandbox". */
  what: string;
  hint?: React.ReactNode;
};

/** A read that failed with a ConsoleError: its message was written for a person, so it is shown as is, with Retry. */
export function ConsoleErrorState({ error, what, hint }: ConsoleErrorStateProps) {
  const router = useRouter();
  const detail = (
    <>
      {hint}
      {error.requestId ? <span className="block font-mono">AWS request id {error.requestId}</span> : null}
    </>
  );
  return (
    <ErrorState
      title={titles[error.code] ?? `Could not load ${what}`}
      message={error.message}
      detail={hint || error.requestId ? detail : undefined}
      onRetry={() => router.refresh()}
    />
  );
}
