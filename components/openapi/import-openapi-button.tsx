"use client";

import { lazy, Suspense, useState } from "react";
import { FileUp } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ImportTarget } from "./import-openapi-dialog";

// The dialog (code editor, preview) is fetched when first opened.
const ImportOpenApiDialog = lazy(() => import("./import-openapi-dialog"));

type DialogProps = { envId: string; environmentName: string; target?: ImportTarget; open: boolean; onOpenChange: (open: boolean) => void };

/** The import dialog, loaded once it is first opened. Keep it where it stays mounted while the page changes around it. */
export function LazyImportOpenApiDialog(props: DialogProps) {
  const [loaded, setLoaded] = useState(false);
  if (props.open && !loaded) setLoaded(true);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <ImportOpenApiDialog {...props} />
    </Suspense>
  );
}

/** The button that opens the import dialog: "Import" for a new API, "Import into API…" for an existing one. */
export function ImportOpenApiTrigger({ existing, open, onOpen }: { existing: boolean; open: boolean; onOpen: () => void }) {
  return (
    <Button aria-haspopup="dialog" aria-expanded={open} onClick={onOpen}>
      <FileUp aria-hidden />
      {existing ? "Import into API…" : "Import"}
    </Button>
  );
}

/** Trigger and dialog together, for a page whose layout does not change when the import succeeds. */
export function ImportOpenApiButton({ envId, environmentName, target }: { envId: string; environmentName: string; target?: ImportTarget }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <ImportOpenApiTrigger existing={Boolean(target)} open={open} onOpen={() => setOpen(true)} />
      <LazyImportOpenApiDialog envId={envId} environmentName={environmentName} target={target} open={open} onOpenChange={setOpen} />
    </>
  );
}
