"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { Boxes } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function ApiNotFound() {
  const { envId } = useParams<{ envId: string }>();
  return (
    <EmptyState
      icon={<Boxes aria-hidden />}
      title="This API does not exist"
      actions={
        <Button asChild variant="primary">
          <Link href={`/env/${envId}/apis`}>Back to APIs</Link>
        </Button>
      }
    >
      It may have been deleted, or the link points to another environment.
    </EmptyState>
  );
}
