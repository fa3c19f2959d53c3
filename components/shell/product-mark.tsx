/** The Archway mark: an arch over a gateway line, drawn in the accent colour. */
export function ProductMark({ className = "size-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
      <path d="M4 20V11a8 8 0 0 1 16 0v9" className="text-accent" stroke="currentColor" />
      <path d="M9 20v-8a3 3 0 0 1 6 0v8" className="text-accent/60" stroke="currentColor" />
    </svg>
  );
}
