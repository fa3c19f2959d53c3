import Link from "next/link";
import { Compass } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 pt-[14vh]">
      <EmptyState icon={<Compass aria-hidden />} title="Page not found" actions={<Button asChild variant="primary"><Link href="/">Go to your APIs</Link></Button>}>
        The address may be mistyped, or what it pointed to was deleted.
      </EmptyState>
    </div>
  );
}
