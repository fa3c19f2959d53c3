"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useUpdateStageProtectionMutation } from "@/lib/data/stages/update-stage-protection-mutation";
import { CheckboxField } from "@/components/ui/checkbox-field";

/** Admin only: marks the stage protected, so deploys, rollbacks and promotions to it need its name typed. */
export function StageProtectionToggle({ envId, restApiId, stageName, isProtected, environmentProtected }: { envId: string; restApiId: string; stageName: string; isProtected: boolean; environmentProtected: boolean }) {
  const router = useRouter();
  const mutation = useUpdateStageProtectionMutation();
  // Optimistic: the box shows the choice at once and goes back if the server refuses it.
  const [checked, setChecked] = useState(isProtected);
  const change = (next: boolean) => {
    setChecked(next);
    mutation.mutate(
      { envId, restApiId, stageName, protected: next },
      {
        onSuccess: () => {
          toast.success(next ? `Stage ${stageName} is protected.` : `Stage ${stageName} is no longer protected.`);
          router.refresh();
        },
        onError: (error) => {
          setChecked(!next);
          toast.error(error.message);
        },
      },
    );
  };
  return (
    <CheckboxField
      label="Protected stage"
      description={environmentProtected ? "Every stage of this environment is protected." : "Deploying, rolling back or promoting to it needs its name typed."}
      checked={checked}
      disabled={environmentProtected || mutation.isPending}
      onCheckedChange={change}
    />
  );
}
