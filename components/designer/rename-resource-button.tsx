"use client";

import { useState } from "react";
import { Pencil } from "lucide-react";
import type { ResourceNode } from "@/lib/domain/resource-tree";
import { useUpdateResourceMutation } from "@/lib/data/resources/update-resource-mutation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { PathPartDialog } from "./path-part-dialog";

type RenameResourceButtonProps = { envId: string; restApiId: string; node: ResourceNode };

/** "Rename" and its dialog; the server refuses if someone renamed the resource since this page read it. */
export function RenameResourceButton({ envId, restApiId, node }: RenameResourceButtonProps) {
  const [open, setOpen] = useState(false);
  // The path part as this page loaded it: sent along so a rename over someone else's change is refused.
  const [seenPathPart, setSeenPathPart] = useState(node.resource.pathPart ?? "");
  const update = useUpdateResourceMutation({
    onSuccess(renamed) {
      toast.success(`Renamed ${node.resource.path} to ${renamed.path}`);
      setOpen(false);
    },
  });
  const parent = node.parent;
  if (!parent) return null;
  return (
    <>
      <Button
        size="sm"
        onClick={() => {
          setSeenPathPart(node.resource.pathPart ?? "");
          setOpen(true);
        }}
      >
        <Pencil aria-hidden />
        Rename
      </Button>
      {open ? (
        <PathPartDialog
          open
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) update.reset();
          }}
          title={`Rename ${node.resource.path}`}
          description="Resources below it keep their names; their paths change with it."
          submitLabel="Rename resource"
          initialValue={seenPathPart}
          placement={{ parent: parent.resource, siblings: parent.children.filter((child) => child !== node).map((child) => child.resource) }}
          pending={update.isPending}
          failure={update.error}
          onSubmit={(pathPart) => update.mutate({ envId, restApiId, resourceId: node.resource.id, expectedPathPart: seenPathPart, pathPart })}
        />
      ) : null}
    </>
  );
}
