"use client";

import type { MethodRef } from "@/lib/domain/api-design";
import type { AuthorizerSummary } from "@/lib/domain/authorizer";
import { AuthorizersTable } from "@/components/authorizers/authorizers-table";

type AuthorizersPageClientProps = { envId: string; restApiId: string; authorizers: AuthorizerSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

export function AuthorizersPageClient(props: AuthorizersPageClientProps) {
  return (
    <div className="flex flex-col gap-3">
      <AuthorizersTable {...props} />
      {!props.canEdit ? <p className="text-xs text-muted-foreground">You can view authorizers. Changing or testing them needs the editor role.</p> : null}
    </div>
  );
}
