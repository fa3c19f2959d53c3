/** "12 of 50 APIs checked", with a bar; announced politely as it fills. */
export function AdvisorProgress({ checked, total }: { checked: number; total: number }) {
  const done = checked >= total;
  return (
    <div className="flex items-center gap-2 text-xs text-muted-foreground">
      <div
        role="progressbar"
        aria-label="APIs checked"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={checked}
        className="h-1.5 w-32 overflow-hidden rounded-full bg-hover"
      >
        <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${total === 0 ? 100 : (checked / total) * 100}%` }} />
      </div>
      <span aria-live="polite" className="tabular-nums">
        {done ? `All ${total} ${total === 1 ? "API" : "APIs"} checked` : `${checked} of ${total} APIs checked`}
      </span>
    </div>
  );
}
