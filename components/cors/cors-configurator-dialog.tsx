"use client";

import { useState } from "react";
import { Globe } from "lucide-react";
import type { CorsScope } from "@/lib/domain/cors-headers";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { PanelTabContent, PanelTabList, PanelTabs } from "@/components/ui/panel-tabs";
import { CorsConfigurePanel } from "./cors-configure-panel";
import { CorsPreflightCheck } from "./cors-preflight-check";
import { CorsRemovePanel } from "./cors-remove-panel";

/** A resource (with its path, for titles and the preflight check's default) or the whole API. */
export type CorsConfiguratorScope = CorsScope & { path?: string };

type CorsConfiguratorButtonProps = { envId: string; restApiId: string; scope: CorsConfiguratorScope; canEdit?: boolean };

/**
 * Opens the CORS configurator: configure (plan, then apply), check a preflight against a deployed stage, remove.
 * Viewers get the preflight check only.
 */
export function CorsConfiguratorButton({ envId, restApiId, scope, canEdit = true }: CorsConfiguratorButtonProps) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState(canEdit ? "configure" : "check");
  const target: CorsScope = scope.kind === "api" ? { kind: "api" } : { kind: "resource", resourceId: scope.resourceId };
  const where = scope.kind === "api" ? "every resource of the API" : (scope.path ?? "this resource");
  const tabs = [...(canEdit ? [{ value: "configure", label: "Configure" }] : []), { value: "check", label: "Check preflight" }, ...(canEdit ? [{ value: "remove", label: "Remove" }] : [])];
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Globe aria-hidden />
          {canEdit ? (scope.kind === "api" ? "CORS for the whole API…" : "CORS…") : "Check CORS…"}
        </Button>
      </DialogTrigger>
      <DialogContent title={scope.kind === "api" ? "CORS for the whole API" : `CORS for ${where}`} description={`Lets browser pages on other origins call ${where}.`} className="max-w-2xl">
        <PanelTabs value={tab} onValueChange={setTab}>
          <PanelTabList label="CORS sections" tabs={tabs} />
          {canEdit ? (
            <PanelTabContent value="configure">
              <CorsConfigurePanel envId={envId} restApiId={restApiId} scope={target} onDone={() => setOpen(false)} />
            </PanelTabContent>
          ) : null}
          <PanelTabContent value="check">
            <CorsPreflightCheck envId={envId} restApiId={restApiId} defaultPath={scope.kind === "resource" && scope.path ? scope.path : "/"} />
          </PanelTabContent>
          {canEdit ? (
            <PanelTabContent value="remove">
              <CorsRemovePanel envId={envId} restApiId={restApiId} scope={target} onDone={() => setOpen(false)} />
            </PanelTabContent>
          ) : null}
        </PanelTabs>
      </DialogContent>
    </Dialog>
  );
}
