import { cn } from "@/components/ui/class-names";

const lineTone = (line: string) =>
  line.startsWith("+") && !line.startsWith("+++") ? "bg-success-soft text-success" : line.startsWith("-") && !line.startsWith("---") ? "bg-danger-soft text-danger" : line.startsWith("@@") ? "text-accent" : "";

/** The unified OpenAPI text diff, added and removed lines marked by sign and colour. */
export function RawDiffView({ patch }: { patch: string }) {
  const lines = patch.split("\n").filter((line) => !line.startsWith("====="));
  return (
    <pre tabIndex={0} aria-label="Raw OpenAPI diff" className="max-h-[28rem] overflow-auto rounded-lg border border-border bg-surface py-2 font-mono text-xs leading-5">
      {lines.map((line, index) => (
        <div key={index} className={cn("px-3", lineTone(line))}>
          {line || " "}
        </div>
      ))}
    </pre>
  );
}
