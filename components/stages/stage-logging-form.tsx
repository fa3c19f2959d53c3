"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { RegionPrices } from "@/lib/domain/price-table";
import { dataTraceInUse, detailedMetricsMethodCount, stageLoggingPatches, type MethodRef, type StageLoggingForm } from "@/lib/domain/stage-logging";
import { useUpdateStageLoggingMutation } from "@/lib/data/stages/update-stage-logging-mutation";
import { SaveBar } from "@/components/forms/save-bar";
import { FormAlert } from "@/components/ui/form-alert";
import { AccessLogFields } from "./access-log-fields";
import { CloudWatchRoleStatus } from "./cloudwatch-role-status";
import { LoggingDefaultsRows } from "./logging-defaults-rows";
import { MethodLoggingTable } from "./method-logging-table";
import { PatchOperationList } from "./patch-operation-list";
import { SettingsRow } from "./settings-row";

type StageLoggingFormProps = {
  target: { envId: string; restApiId: string; stageName: string };
  loaded: StageLoggingForm;
  methods: MethodRef[];
  prices: RegionPrices;
  cachingOn: boolean;
  isProtected: boolean;
  account: { roleArn: string | null; region: string; sandbox: boolean };
  canEdit: boolean;
};

const shownFields = /^(next\.(defaults|accessLog)|cloudWatchRole)/;

/** Execution logging, data trace and detailed metrics (stage default and per method) and access logging, saved as one UpdateStage. */
export function StageLoggingFormView({ target, loaded, methods, prices, cachingOn, isProtected, account, canEdit }: StageLoggingFormProps) {
  const router = useRouter();
  const [next, setNext] = useState(loaded);
  const mutation = useUpdateStageLoggingMutation();
  const patches = stageLoggingPatches(loaded, next);
  const errors = mutation.error?.fieldErrors ?? {};
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ ...target, expected: loaded, next }, { onSuccess: () => { toast.success(`Saved logging and metrics of ${target.stageName}.`); router.refresh(); } });
  };
  const removesEntry = patches.some((patch) => patch.op === "remove" && patch.path !== "/accessLogSettings");
  return (
    <form onSubmit={save} aria-label="Logs and metrics" className="rounded-lg border border-border">
      <SectionHeading>Execution logging and metrics</SectionHeading>
      <SettingsRow label="Account logging role" hint="GetAccount's CloudWatch role ARN, shared by every API in the region.">
        <CloudWatchRoleStatus roleArn={account.roleArn} region={account.region} sandbox={account.sandbox} errors={errors.cloudWatchRole} />
      </SettingsRow>
      <LoggingDefaultsRows
        values={next.defaults}
        onChange={(defaults) => setNext((current) => ({ ...current, defaults }))}
        canEdit={canEdit}
        metricsMethodCount={detailedMetricsMethodCount(next, methods)}
        dataTraceAnywhere={dataTraceInUse(next)}
        isProtected={isProtected}
        cachingOn={cachingOn}
        prices={prices}
        errors={errors}
      />
      <SectionHeading>Per-method overrides</SectionHeading>
      <div className="flex flex-col gap-2 border-b border-border p-4">
        <p className="text-xs text-muted-foreground">A method without an override follows the stage default above. An override is a whole method entry: it also holds that method&apos;s throttling and caching.</p>
        <MethodLoggingTable methods={methods} form={next} onOverridesChange={(overrides) => setNext((current) => ({ ...current, overrides }))} canEdit={canEdit} />
      </div>
      <SectionHeading>Access logging</SectionHeading>
      <AccessLogFields value={next.accessLog} onChange={(accessLog) => setNext((current) => ({ ...current, accessLog }))} canEdit={canEdit} region={account.region} errors={errors} />
      {canEdit ? (
        <>
          <div className="flex flex-col gap-3 border-t border-border px-4 py-3 empty:hidden">
            <PatchOperationList patches={patches} note={removesEntry ? "Removing an override removes the method's whole entry, its throttling and caching overrides included." : undefined} />
            <FormAlert message={mutation.error && !Object.keys(errors).some((key) => shownFields.test(key)) ? mutation.error.message : null} />
          </div>
          <SaveBar changes={patches.length > 0 ? [`${patches.length} patch operation${patches.length === 1 ? "" : "s"}`] : []} pending={mutation.isPending} onDiscard={() => setNext(loaded)} />
        </>
      ) : null}
    </form>
  );
}

function SectionHeading({ children }: { children: React.ReactNode }) {
  return <h3 className="border-b border-border bg-surface px-4 py-2 text-[13px] font-semibold first:rounded-t-lg">{children}</h3>;
}
