// UpdateStage patch operations for a stage's own settings (facts §3.2): description, X-Ray tracing, client
// certificate, documentation version and access logging. Values go on the wire as strings; "" clears a value.
import type { PatchOperation } from "./plan";

/** The stage-level settings the Settings tab edits; "" means none. */
export type StageGeneralSettings = { description: string; tracingEnabled: boolean; clientCertificateId: string; documentationVersion: string };

/** Access logging as the Logs tab edits it; null means off. */
export type AccessLogValue = { destinationArn: string; format: string } | null;

const generalPaths: Record<keyof StageGeneralSettings, string> = {
  description: "/description",
  tracingEnabled: "/tracingEnabled",
  clientCertificateId: "/clientCertificateId",
  documentationVersion: "/documentationVersion",
};

/** What a person calls each general setting, for change lists and conflict messages. */
export const generalSettingLabels: Record<keyof StageGeneralSettings, string> = {
  description: "description",
  tracingEnabled: "X-Ray tracing",
  clientCertificateId: "client certificate",
  documentationVersion: "documentation version",
};

/** The stage's general settings as the form starts from them. */
export function generalSettingsOf(stage: { description: string | null; documentationVersion: string | null; settings: { tracingEnabled: boolean; clientCertificateId: string | null } }): StageGeneralSettings {
  return {
    description: stage.description ?? "",
    tracingEnabled: stage.settings.tracingEnabled,
    clientCertificateId: stage.settings.clientCertificateId ?? "",
    documentationVersion: stage.documentationVersion ?? "",
  };
}

/** One replace per general setting that differs; clearing a value replaces it with "". */
export function generalSettingsPatches(current: StageGeneralSettings, next: StageGeneralSettings): PatchOperation[] {
  const fields = Object.keys(generalPaths) as (keyof StageGeneralSettings)[];
  return fields.filter((field) => current[field] !== next[field]).map((field) => ({ op: "replace", path: generalPaths[field], value: String(next[field]) }));
}

/** The general settings that differ between two readings of the stage, by label. */
export function changedGeneralSettings(expected: StageGeneralSettings, actual: StageGeneralSettings): string[] {
  return (Object.keys(generalPaths) as (keyof StageGeneralSettings)[]).filter((field) => expected[field] !== actual[field]).map((field) => generalSettingLabels[field]);
}

/** Turning access logging off removes /accessLogSettings; otherwise one replace per changed part. */
export function accessLogPatches(current: AccessLogValue, next: AccessLogValue): PatchOperation[] {
  if (next === null) return current === null ? [] : [{ op: "remove", path: "/accessLogSettings" }];
  const patches: PatchOperation[] = [];
  if (current?.destinationArn !== next.destinationArn) patches.push({ op: "replace", path: "/accessLogSettings/destinationArn", value: next.destinationArn });
  if (current?.format !== next.format) patches.push({ op: "replace", path: "/accessLogSettings/format", value: next.format });
  return patches;
}
