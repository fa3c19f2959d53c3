import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";

type SaveBarProps = { changes: readonly string[]; pending: boolean; onDiscard: () => void };

/** Names what an edited form would change; Save is a submit button of the surrounding form. */
export function SaveBar({ changes, pending, onDiscard }: SaveBarProps) {
  const dirty = changes.length > 0;
  return (
    <div className={cn("flex items-center justify-end gap-3 rounded-b-lg border-t border-border px-4 py-2.5", dirty ? "bg-accent-soft" : "bg-surface")}>
      <p className="mr-auto text-[13px] text-muted-foreground" aria-live="polite">
        {dirty ? (
          <>
            <span className="font-medium text-foreground">Unsaved changes:</span> {changes.join(", ")}
          </>
        ) : (
          "No changes"
        )}
      </p>
      <Button onClick={onDiscard} disabled={!dirty || pending}>
        Discard
      </Button>
      <Button type="submit" variant="primary" disabled={!dirty} pending={pending}>
        Save changes
      </Button>
    </div>
  );
}
