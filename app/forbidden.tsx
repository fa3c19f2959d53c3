import Link from "next/link";
import { Lock } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl px-4 pt-[14vh]">
      <EmptyState icon={<Lock aria-hidden />} title="You do not have access to this page" actions={<Button asChild variant="primary"><Link href="/">Go to your APIs</Link></Button>}>
        Your role does not allow it. Ask an Archway admin if you need access.
      </EmptyState>
    </div>
  );
}
