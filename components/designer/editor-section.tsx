/** A titled block inside an editor part, with an optional line of explanation and actions on the right. */
export function EditorSection({ title, hint, actions, children }: { title: string; hint?: React.ReactNode; actions?: React.ReactNode; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2.5">
      <div className="flex items-end justify-between gap-4">
        <div className="flex flex-col gap-0.5">
          <h3 id={id} className="text-[13px] font-semibold">
            {title}
          </h3>
          {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
