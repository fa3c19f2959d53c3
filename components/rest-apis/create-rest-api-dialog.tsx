"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";

// The form (dialog, select, mutation) is fetched when first opened: most visits to the list never create an API.
const CreateRestApiFormDialog = lazy(() => import("./create-rest-api-form-dialog"));

export function CreateRestApiDialog({ envId, environmentName }: { envId: string; environmentName: string }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={buttonRef}
        variant="primary"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <Plus aria-hidden />
        Create API
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <CreateRestApiFormDialog envId={envId} environmentName={environmentName} open={open} onOpenChange={setOpen} returnFocusTo={buttonRef} />
        </Suspense>
      ) : null}
    </>
  );
}
