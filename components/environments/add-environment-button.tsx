"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EnvironmentFormDialog } from "./environment-form-dialog";

export function AddEnvironmentButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        <Plus aria-hidden />
        Add environment
      </Button>
      {open ? <EnvironmentFormDialog open onOpenChange={setOpen} /> : null}
    </>
  );
}
