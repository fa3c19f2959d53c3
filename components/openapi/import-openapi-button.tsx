"use client";

import { lazy, Suspense, useState } from "react";
import { FileUp } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ImportTarget } from "./import-openapi-dialog";

// The dialog (code editor, preview) is fetched when first opened.
const ImportOpenApiDialog = lazy(() => import("./import-openapi-dialog"));

/** "Import" on the APIs list (a new API) or on an API (merge or overwrite it). */
export function ImportOpenApiButton({ envId, environmentName, target }: { envId: string; environmentName: string; target?: ImportTarget }) {
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
        <FileUp aria-hidden />
        {target ? "Import into API…" : "Import"}
      </Button>
      {loaded ? (
        <Suspense fallback={null}>
          <ImportOpenApiDialog envId={envId} environmentName={environmentName} target={target} open={open} onOpenChange={setOpen} />
        </Suspense>
      ) : null}
    </>
  );
}
