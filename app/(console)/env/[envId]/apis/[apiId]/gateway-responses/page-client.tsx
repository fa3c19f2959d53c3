"use client";

import type { GatewayResponseSnapshot } from "@/lib/domain/api-design";
import { GatewayResponsesTable } from "@/components/gateway-responses/gateway-responses-table";
import { SafeErrorPresetDialog } from "@/components/gateway-responses/safe-error-preset-dialog";
import { CorsConfiguratorButton } from "@/components/cors/cors-configurator-dialog";

type GatewayResponsesPageClientProps = { envId: string; restApiId: string; responses: GatewayResponseSnapshot[]; canEdit: boolean };

export function GatewayResponsesPageClient({ envId, restApiId, responses, canEdit }: GatewayResponsesPageClientProps) {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-start justify-between gap-6">
        <p className="max-w-2xl text-[13px] text-muted-foreground">
          What API Gateway answers when a request fails before or around your integration. Types left at their default fall back to DEFAULT_4XX or DEFAULT_5XX. Changes
          take effect on a stage after the next deployment.
        </p>
        <div className="flex shrink-0 items-center gap-2">
          <CorsConfiguratorButton envId={envId} restApiId={restApiId} scope={{ kind: "api" }} canEdit={canEdit} />
          {canEdit ? <SafeErrorPresetDialog envId={envId} restApiId={restApiId} /> : null}
        </div>
      </div>
      <GatewayResponsesTable envId={envId} restApiId={restApiId} responses={responses} canEdit={canEdit} />
      {!canEdit ? <p className="text-xs text-muted-foreground">You can view gateway responses. Changing them needs the editor role.</p> : null}
    </div>
  );
}
