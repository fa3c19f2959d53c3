"use client";

import { useState } from "react";
import { Rocket } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DeployForm } from "./deploy-form";

/** Opens the deploy dialog; render it only for deployers (the action refuses everyone else anyway). */
export function DeployButton({ envId, restApiId, stageName, variant = "primary" }: { envId: string; restApiId: string; stageName?: string; variant?: "primary" | "secondary" }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={variant}>
          <Rocket aria-hidden />
          {stageName ? `Deploy to ${stageName}` : "Deploy"}
        </Button>
      </DialogTrigger>
      <DialogContent title="Deploy the working copy" description="A deployment is an immutable snapshot of the API; the stage then serves it." className="max-w-3xl">
        {open ? <DeployForm envId={envId} restApiId={restApiId} initialStage={stageName} onClose={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
