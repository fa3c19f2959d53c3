/** One row of a settings panel: the setting and what it does on the left, its control or value on the right. */
export function SettingsRow({ label, controlId, hint, children }: { label: string; controlId?: string; hint?: React.ReactNode; children: React.ReactNode }) {
  const Title = controlId ? "label" : "p";
  return (
    <div className="grid grid-cols-1 gap-2 border-b border-border px-4 py-3 last:border-b-0 md:grid-cols-[15rem_1fr] md:gap-6">
      <div className="flex flex-col gap-0.5">
        <Title {...(controlId ? { htmlFor: controlId } : {})} className="text-[13px] font-medium">
          {label}
        </Title>
        {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      </div>
      <div className="flex min-w-0 flex-col gap-2">{children}</div>
    </div>
  );
}

/** A server-side message shown under the control it concerns. */
export function FieldError({ messages }: { messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p role="alert" className="text-xs font-medium text-danger">
      {messages.join(" ")}
    </p>
  );
}
