"use client";

import { useTransition } from "react";
import { CircleExclamationPoint, RefreshCw } from "lucide-react";
import { Button } from "./button";
import { cn } from "./class-names";

type ErrorStateProps = {
  title: string;
  message: string;
  /** Runs when the person asks to try again; the button shows progress while it runs. */
  onRetry?: () => void | Promise<void>;
  detail?: React.ReactNode;
  className?: string;
};

export function ErrorState({ title, message, onRetry, detail, className }: ErrorStateProps) {
  const [retrying, startRetry] = useTransition();
  return (
    <section role="alert" className={cn("flex flex-col items-start gap-3 rounded-lg border border-danger/30 bg-danger-soft px-5 py-4", className)}>
      <div className="flex items-start gap-2.5">
        <CircleExclamationPoint className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden />
        <div className="flex flex-col gap-1">
          <h2 className="text-[14px] font-semibold text-foreground">{title}</h2>
          <p className="text-[13px] text-foreground/85">{message}</p>
          {detail ? <div className="text-xs text-muted-foreground">{detail}</div> : null}
        </div>
      </div>
      {onRetry ? (
        <Button className="ml-6.5" pending={retrying} onClick={() => startRetry(async () => void (await onRetry()))}>
          {retrying ? null : <RefreshCw aria-hidden />}
          Retry
        </Button>
      ) : null}
    </section>
  );
}
