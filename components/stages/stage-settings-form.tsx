"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ClientCertificateSummary } from "@/lib/domain/client-certificate";
import { certificateExpiry } from "@/lib/domain/client-certificate";
import { generalSettingLabels, generalSettingsPatches, type StageGeneralSettings } from "@/lib/domain/stage-settings-patch";
import { useUpdateStageSettingsMutation } from "@/lib/data/stages/update-stage-settings-mutation";
import { SaveBar } from "@/components/forms/save-bar";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { PatchOperationList } from "./patch-operation-list";
import { FieldError, SettingsRow } from "./settings-row";

type StageSettingsFormProps = {
  target: { envId: string; restApiId: string; stageName: string };
  loaded: StageGeneralSettings;
  certificates: ClientCertificateSummary[];
  documentationVersions: string[];
  /** "$5.00 per million traces recorded" from the price table. */
  tracingPrice: string;
  canEdit: boolean;
  /** The server's clock, so certificate expiry reads the same on the server and in the browser. */
  now: string;
};

const none = "__none__";

/** Description, X-Ray tracing, client certificate and documentation version, saved as one UpdateStage. */
export function StageSettingsForm({ target, loaded, certificates, documentationVersions, tracingPrice, canEdit, now }: StageSettingsFormProps) {
  const router = useRouter();
  const [next, setNext] = useState(loaded);
  const mutation = useUpdateStageSettingsMutation();
  const patches = generalSettingsPatches(loaded, next);
  const errors = mutation.error?.fieldErrors ?? {};
  const set = (change: Partial<StageGeneralSettings>) => setNext((current) => ({ ...current, ...change }));
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ ...target, expected: loaded, next }, { onSuccess: () => { toast.success(`Saved the settings of ${target.stageName}.`); router.refresh(); } });
  };
  const certificate = certificates.find((candidate) => candidate.id === next.clientCertificateId);
  // A value set elsewhere that is not in the list is still shown, never dropped.
  const certificateOptions = [
    { value: none, label: "None" },
    ...certificates.map((c) => ({ value: c.id, label: c.description ? `${c.id} · ${c.description}` : c.id, description: certificateExpiry(c, new Date(now)).text })),
    ...(next.clientCertificateId && !certificate ? [{ value: next.clientCertificateId, label: `${next.clientCertificateId} (not found in this account)` }] : []),
  ];
  const versionOptions = [{ value: none, label: "None" }, ...[...new Set([...documentationVersions, ...(next.documentationVersion ? [next.documentationVersion] : [])])].map((version) => ({ value: version, label: version }))];
  const fieldIsKnown = (key: string) => key.startsWith("next.");
  return (
    <form onSubmit={save} aria-label="Stage settings" className="rounded-lg border border-border">
      <SettingsRow label="Description" controlId="stage-description" hint="Shown in the stage list and to anyone reading the API in AWS.">
        <Input id="stage-description" value={next.description} readOnly={!canEdit} onChange={(e) => set({ description: e.target.value })} aria-invalid={errors["next.description"] ? true : undefined} />
        <FieldError messages={errors["next.description"]} />
      </SettingsRow>
      <SettingsRow label="X-Ray tracing" hint={`${tracingPrice}. API Gateway samples the first request each second and 5% of the rest.`}>
        {canEdit ? (
          <CheckboxField label="Trace requests with AWS X-Ray" checked={next.tracingEnabled} onCheckedChange={(checked) => set({ tracingEnabled: checked })} />
        ) : (
          <p className="text-[13px]">{next.tracingEnabled ? "On" : "Off"}</p>
        )}
        <FieldError messages={errors["next.tracingEnabled"]} />
      </SettingsRow>
      <SettingsRow label="Client certificate" controlId="stage-client-certificate" hint="Presented to HTTP backends so they can check requests come from API Gateway.">
        {canEdit ? (
          <Select id="stage-client-certificate" value={next.clientCertificateId || none} onValueChange={(value) => set({ clientCertificateId: value === none ? "" : value })} options={certificateOptions} aria-invalid={errors["next.clientCertificateId"] ? true : undefined} className="max-w-md" />
        ) : (
          <p id="stage-client-certificate" className="font-mono text-[13px]">{next.clientCertificateId || "None"}</p>
        )}
        {certificate ? <CertificateLine certificate={certificate} now={now} /> : null}
        {certificates.length === 0 ? <p className="text-xs text-muted-foreground">This account has no client certificates in this region.</p> : null}
        <FieldError messages={errors["next.clientCertificateId"]} />
      </SettingsRow>
      <SettingsRow label="Documentation version" controlId="stage-documentation-version" hint="The published documentation snapshot this stage's exports include.">
        {canEdit ? (
          <Select id="stage-documentation-version" value={next.documentationVersion || none} onValueChange={(value) => set({ documentationVersion: value === none ? "" : value })} options={versionOptions} className="max-w-xs" />
        ) : (
          <p id="stage-documentation-version" className="text-[13px]">{next.documentationVersion || "None"}</p>
        )}
        <FieldError messages={errors["next.documentationVersion"]} />
      </SettingsRow>
      {canEdit ? (
        <>
          <div className="flex flex-col gap-3 px-4 py-3 empty:hidden">
            <PatchOperationList patches={patches} />
            <FormAlert message={mutation.error && !Object.keys(errors).some(fieldIsKnown) ? mutation.error.message : null} />
          </div>
          <SaveBar changes={patches.map((patch) => generalSettingLabels[labelKeyOf(patch.path)])} pending={mutation.isPending} onDiscard={() => setNext(loaded)} />
        </>
      ) : null}
    </form>
  );
}

const labelKeyOf = (path: string) => path.slice(1) as keyof StageGeneralSettings;

function CertificateLine({ certificate, now }: { certificate: ClientCertificateSummary; now: string }) {
  const expiry = certificateExpiry(certificate, new Date(now));
  return (
    <p className={expiry.expired ? "text-xs font-medium text-danger" : "text-xs text-muted-foreground"}>
      <span className="font-mono">{certificate.id}</span>
      {certificate.description ? ` · ${certificate.description}` : ""} · {expiry.text}
    </p>
  );
}
