"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { HardCodedHost } from "@/lib/domain/hard-coded-hosts";
import { useExtractHostVariableMutation } from "@/lib/data/stages/extract-host-variable-mutation";
import { Button } from "@/components/ui/button";

type ExtractHostButtonProps = { envId: string; restApiId: string; stageName: string; found: HardCodedHost & { otherStage: string } };

/** Sets the variable on both stages to the host each uses now, then points the working copy's URI at the variable. */
export function ExtractHostButton({ envId, restApiId, stageName, found }: ExtractHostButtonProps) {
  const router = useRouter();
  const mutation = useExtractHostVariableMutation();
  const hosts = [
    { stageName, host: found.hosts.a },
    { stageName: found.otherStage, host: found.hosts.b },
  ];
  const run = () =>
    mutation.mutate(
      { envId, restApiId, path: found.path, httpMethod: found.httpMethod as "GET", variableName: found.variableName, uri: found.suggestedUri, hosts },
      {
        onSuccess: () => {
          toast.success(`${found.httpMethod} ${found.path} now uses \${stageVariables.${found.variableName}}. Deploy to apply it.`);
          router.refresh();
        },
        onError: (error) => toast.error(error.message),
      },
    );
  return (
    <Button size="sm" onClick={run} pending={mutation.isPending}>
      Use a stage variable
    </Button>
  );
}
