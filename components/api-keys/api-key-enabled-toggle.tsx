"use client";

import type { ApiKeySummary } from "@/lib/domain/api-key";
import { useUpdateApiKeyMutation } from "@/lib/data/usage-plans/update-api-key-mutation";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";

/** Enable or disable a key; a refusal is a toast naming the key, since the row has no room for a message. */
export function ApiKeyEnabledToggle({ envId, apiKey }: { envId: string; apiKey: ApiKeySummary }) {
  const mutation = useUpdateApiKeyMutation((key) => toast.success(`API key ${key.name} ${key.enabled ? "enabled" : "disabled"}`));
  const toggle = () => mutation.mutate({ envId, apiKeyId: apiKey.id, enabled: !apiKey.enabled }, { onError: (error) => toast.error(`${apiKey.name}: ${error.message}`) });
  return (
    <Button size="sm" variant="ghost" pending={mutation.isPending} onClick={toggle} aria-label={`${apiKey.enabled ? "Disable" : "Enable"} API key ${apiKey.name}`}>
      {apiKey.enabled ? "Disable" : "Enable"}
    </Button>
  );
}
