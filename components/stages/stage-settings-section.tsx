import { useId } from "react";

type StageSettingsSectionProps = { title: string; description: React.ReactNode; actions?: React.ReactNode; children: React.ReactNode };

/** One titled part of a stage settings tab: heading, one-line explanation, optional actions on the right. */
export function StageSettingsSection({ title, description, actions, children }: StageSettingsSectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h3 id={id} className="text-[14px] font-semibold">{title}</h3>
          <p className="text-[13px] text-muted-foreground">{description}</p>
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Said once at the top of a tab a person may read but not change. */
export function ReadOnlyNote({ canChange }: { canChange: boolean }) {
  return canChange ? null : <p className="text-[13px] text-muted-foreground">You can view these settings. Changing them needs the deployer role.</p>;
}
