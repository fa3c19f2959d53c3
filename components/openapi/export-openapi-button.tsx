"use client";

import { lazy, Suspense, useState } from "react";
import { FileDown } from "lucide-react";
import { Button } from "@/components/ui/button";

const ExportOpenApiDialog = lazy(() => import("./export-openapi-dialog"));

/** "Export…" on an API: opens the export choices, loaded on first use. */
export function ExportOpenApiButton({ envId, restApiId, apiName, stageNames }: { envId: string; restApiId: string; apiName: string; stageNames: string[] }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <FileDown aria-hidden />
        Export…
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <ExportOpenApiDialog envId={envId} restApiId={restApiId} apiName={apiName} stageNames={stageNames} open={open} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}
