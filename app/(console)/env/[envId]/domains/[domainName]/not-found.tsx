"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { Globe } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function DomainNameNotFound() {
  const { envId } = useParams<{ envId: string }>();
  return (
    <EmptyState
      icon={<Globe aria-hidden />}
      title="This custom domain name does not exist"
      actions={
        <Button asChild variant="primary">
          <Link href={`/env/${envId}/domains`}>Back to custom domains</Link>
        </Button>
      }
    >
      It may have been deleted, or the link points to another environment.
    </EmptyState>
  );
}
