import Link from "next/link";
import { Compass } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ConsoleNotFound() {
  return (
    <EmptyState icon={<Compass aria-hidden />} title="Not found" actions={<Button asChild variant="primary"><Link href="/">Go to your APIs</Link></Button>}>
      This environment or page does not exist. It may have been removed, or the link is mistyped.
    </EmptyState>
  );
}
