import { cn } from "./class-names";
import { inputClassName } from "./input";

export function Textarea({ className, rows = 3, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(inputClassName, "h-auto resize-y py-1.5 leading-5", className)} {...props} />;
}
