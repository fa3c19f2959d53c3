import type { StageSettingsContext } from "@/lib/deployments/stage-settings-context";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { stageLoggingFormOf } from "@/lib/domain/stage-logging";
import { StageLoggingFormView } from "./stage-logging-form";

type StageLogsTabProps = { envId: string; restApiId: string; stage: StageRow; context: StageSettingsContext; canEdit: boolean; environmentProtected: boolean };

/** The Logs & metrics tab: execution logging, data trace, detailed metrics and access logging. */
export function StageLogsTab({ envId, restApiId, stage, context, canEdit, environmentProtected }: StageLogsTabProps) {
  const loaded = stageLoggingFormOf(stage.settings);
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      {canEdit ? null : <p className="text-[13px] text-muted-foreground">Changing logging needs the deployer role; you can see every value.</p>}
      <StageLoggingFormView
        key={JSON.stringify(loaded)}
        target={{ envId, restApiId, stageName: stage.stageName }}
        loaded={loaded}
        methods={context.methods}
        prices={context.prices}
        cachingOn={stage.settings.cacheCluster.enabled}
        isProtected={stage.isProtected || environmentProtected}
        account={{ roleArn: context.cloudWatchRoleArn, region: context.region, sandbox: context.sandbox }}
        canEdit={canEdit}
      />
    </div>
  );
}
