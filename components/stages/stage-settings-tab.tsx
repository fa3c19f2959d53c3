import type { StageSettingsContext } from "@/lib/deployments/stage-settings-context";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { generalSettingsOf } from "@/lib/domain/stage-settings-patch";
import { StageSettingsForm } from "./stage-settings-form";
import { StageSettingsReadonly } from "./stage-settings-readonly";

type StageSettingsTabProps = { envId: string; restApiId: string; stage: StageRow; context: StageSettingsContext; canEdit: boolean; now: string };

/** The Settings tab: what Archway edits, then everything else AWS holds for the stage, read-only. */
export function StageSettingsTab({ envId, restApiId, stage, context, canEdit, now }: StageSettingsTabProps) {
  const loaded = generalSettingsOf(stage);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      {canEdit ? null : <p className="text-[13px] text-muted-foreground">Changing stage settings needs the deployer role; you can see every value.</p>}
      <StageSettingsForm
        key={JSON.stringify(loaded)}
        target={{ envId, restApiId, stageName: stage.stageName }}
        loaded={loaded}
        certificates={context.certificates}
        documentationVersions={context.documentationVersions}
        tracingPrice={`$${context.prices.xray.perMillionTraces.toFixed(2)} per million traces recorded`}
        canEdit={canEdit}
        now={now}
      />
      <StageSettingsReadonly settings={stage.settings} stage={stage} restApiId={restApiId} region={context.region} sandbox={context.sandbox} canEdit={canEdit} />
    </div>
  );
}
