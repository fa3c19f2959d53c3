"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useUpdateStageProtectionMutation } from "@/lib/data/stages/update-stage-protection-mutation";
import { CheckboxField } from "@/components/ui/checkbox-field";

/** Admin only: marks the stage protected, so deploys, rollbacks and promotions to it need its name typed. */
export function StageProtectionToggle({ envId, restApiId, stageName, isProtected, environmentProtected }: { envId: string; restApiId: string; stageName: string; isProtected: boolean; environmentProtected: boolean }) {
  const router = useRouter();
  const mutation = useUpdateStageProtectionMutation();
  const change = (next: boolean) =>
    mutation.mutate(
      { envId, restApiId, stageName, protected: next },
      {
        onSuccess: () => {
          toast.success(next ? `Stage ${stageName} is protected.` : `Stage ${stageName} is no longer protected.`);
          router.refresh();
        },
        onError: (error) => toast.error(error.message),
      },
    );
  return (
    <CheckboxField
      label="Protected stage"
      description={environmentProtected ? "Every stage of this environment is protected." : "Deploying, rolling back or promoting to it needs its name typed."}
      checked={isProtected}
      disabled={environmentProtected || mutation.isPending}
      onCheckedChange={change}
    />
  );
}
