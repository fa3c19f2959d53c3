"use client";

import { useState } from "react";
import { KeyRound, Plus } from "lucide-react";
import type { MethodRef } from "@/lib/domain/api-design";
import { functionArnOf, type AuthorizerSummary } from "@/lib/domain/authorizer";
import { describeMethods } from "@/lib/domain/model";
import { useDeleteAuthorizerMutation } from "@/lib/data/authorizers/delete-authorizer-mutation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { AuthorizerFormDialog } from "./authorizer-form-dialog";
import { TestAuthorizerDialog } from "./test-authorizer-dialog";

type AuthorizersTableProps = { envId: string; restApiId: string; authorizers: AuthorizerSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

const typeLabel = { TOKEN: "Lambda TOKEN", REQUEST: "Lambda REQUEST", COGNITO_USER_POOLS: "Cognito" } as const;

export function AuthorizersTable({ envId, restApiId, authorizers, usedBy, canEdit }: AuthorizersTableProps) {
  const [creating, setCreating] = useState(false);
  const [testing, setTesting] = useState<AuthorizerSummary | null>(null);
  const [editing, setEditing] = useState<AuthorizerSummary | null>(null);
  const [deleting, setDeleting] = useState<AuthorizerSummary | null>(null);
  const remove = useDeleteAuthorizerMutation(() => (toast.success(`Deleted authorizer ${deleting?.name}`), setDeleting(null)));
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <div className="flex justify-end">
          <Button variant="primary" onClick={() => setCreating(true)}>
            <Plus aria-hidden /> Create authorizer
          </Button>
        </div>
      ) : null}
      {authorizers.length === 0 ? (
        <EmptyState icon={<KeyRound />} title="No authorizers yet">
          An authorizer (a Lambda function or a Cognito user pool) decides who may call a method. {canEdit ? "Create one, then choose it on a method." : ""}
        </EmptyState>
      ) : (
        <Table label="Authorizers">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Type</TableHead>
              <TableHead>Function or user pools</TableHead>
              <TableHead>Identity sources</TableHead>
              <TableHead className="text-right">Cache TTL</TableHead>
              <TableHead>Used by</TableHead>
              <TableHead className="w-48"><span className="sr-only">Actions</span></TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {authorizers.map((authorizer) => {
              const users = usedBy[authorizer.id] ?? [];
              const target = authorizer.type === "COGNITO_USER_POOLS" ? authorizer.providerArns.join(", ") : (functionArnOf(authorizer.authorizerUri) ?? "");
              return (
                <TableRow key={authorizer.id}>
                  <TableCell className="font-medium">{authorizer.name}</TableCell>
                  <TableCell><Badge>{typeLabel[authorizer.type]}</Badge></TableCell>
                  <TableCell className="max-w-64 truncate font-mono text-xs" title={target}>{target}</TableCell>
                  <TableCell className="max-w-56 truncate font-mono text-xs" title={authorizer.identitySources.join(", ")}>{authorizer.identitySources.join(", ") || <span className="font-sans text-muted-foreground">none</span>}</TableCell>
                  <TableCell className="text-right tabular-nums">{authorizer.resultTtlSeconds ? `${authorizer.resultTtlSeconds} s` : "off"}</TableCell>
                  <TableCell className="text-xs">{users.length ? describeMethods(users) : <span className="text-muted-foreground">no methods</span>}</TableCell>
                  <TableCell className="text-right">
                    {canEdit ? (
                      <>
                        <Button size="sm" variant="ghost" onClick={() => setEditing(authorizer)} aria-label={`Edit authorizer ${authorizer.name}`}>Edit</Button>
                        <Button size="sm" variant="ghost" onClick={() => setTesting(authorizer)} aria-label={`Test authorizer ${authorizer.name}`}>Test</Button>
                        <Button size="sm" variant="ghost" onClick={() => (remove.reset(), setDeleting(authorizer))} aria-label={`Delete authorizer ${authorizer.name}`}>Delete</Button>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {creating ? <AuthorizerFormDialog envId={envId} restApiId={restApiId} onClose={() => setCreating(false)} /> : null}
      {editing ? <AuthorizerFormDialog key={editing.id} envId={envId} restApiId={restApiId} existing={editing} onClose={() => setEditing(null)} /> : null}
      {testing ? <TestAuthorizerDialog envId={envId} restApiId={restApiId} authorizer={testing} onClose={() => setTesting(null)} /> : null}
      {deleting ? (
        <ConfirmDeleteDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          kind="authorizer"
          name={deleting.name}
          consequences={(usedBy[deleting.id] ?? []).length ? `It protects ${describeMethods(usedBy[deleting.id]!)}, which must change first.` : "No method uses it."}
          pending={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => remove.mutate({ envId, restApiId, authorizerId: deleting.id })}
        />
      ) : null}
    </div>
  );
}
