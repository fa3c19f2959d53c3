import { cn } from "./class-names";

type EmptyStateProps = {
  icon?: React.ReactNode;
  title: string;
  children?: React.ReactNode;
  actions?: React.ReactNode;
  className?: string;
};

/** What to show when there is nothing yet: say why, and teach the next step. */
export function EmptyState({ icon, title, children, actions, className }: EmptyStateProps) {
  return (
    <section className={cn("flex flex-col items-center rounded-lg border border-dashed border-border-strong px-6 py-10 text-center", className)}>
      {icon ? <div className="mb-3 text-subtle-foreground [&_svg]:size-6">{icon}</div> : null}
      <h2 className="text-[15px] font-semibold">{title}</h2>
      {children ? <div className="mt-1.5 max-w-2xl text-[13px] text-muted-foreground">{children}</div> : null}
      {actions ? <div className="mt-4 flex flex-wrap items-center justify-center gap-2">{actions}</div> : null}
    </section>
  );
}
