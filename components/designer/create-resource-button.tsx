"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import type { ApiResource } from "@/lib/domain/api-resource";
import type { ResourceNode } from "@/lib/domain/resource-tree";
import { useCreateResourceMutation } from "@/lib/data/resources/create-resource-mutation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { PathPartDialog } from "./path-part-dialog";

type CreateResourceButtonProps = { envId: string; restApiId: string; parent: ResourceNode; onCreated: (resource: ApiResource) => void; variant?: "primary" | "secondary" };

/** "Add child resource" and its dialog; the new resource opens once AWS has created it. */
export function CreateResourceButton({ envId, restApiId, parent, onCreated, variant = "secondary" }: CreateResourceButtonProps) {
  const [open, setOpen] = useState(false);
  const create = useCreateResourceMutation({
    onSuccess(resource) {
      toast.success(`Created ${resource.path}`);
      setOpen(false);
      onCreated(resource);
    },
  });
  return (
    <>
      <Button variant={variant} size="sm" onClick={() => setOpen(true)}>
        <Plus aria-hidden />
        Add child resource
      </Button>
      {open ? (
        <PathPartDialog
          open
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) create.reset();
          }}
          title="Add child resource"
          description={
            <>
              Under <span className="font-mono text-foreground">{parent.resource.path}</span>
            </>
          }
          submitLabel="Create resource"
          initialValue=""
          placement={{ parent: parent.resource, siblings: parent.children.map((child) => child.resource) }}
          pending={create.isPending}
          failure={create.error}
          onSubmit={(pathPart) => create.mutate({ envId, restApiId, parentId: parent.resource.id, pathPart })}
        />
      ) : null}
    </>
  );
}
