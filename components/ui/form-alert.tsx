import { CircleExclamationPoint } from "lucide-react";
import { cn } from "./class-names";

/** A form-level failure (wrong password, refused by AWS), announced to screen readers. */
export function FormAlert({ message, className }: { message: string | null; className?: string }) {
  if (!message) return null;
  return (
    <div role="alert" className={cn("flex items-start gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2 text-[13px] text-foreground", className)}>
      <CircleExclamationPoint className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden />
      <span>{message}</span>
    </div>
  );
}
