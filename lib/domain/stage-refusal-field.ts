// Which form field an UpdateStage refusal belongs beside, so AWS's message is shown where the person can act on it.
import type { PatchOperation } from "./plan";

const stageFields: Record<string, string> = {
  "/description": "next.description",
  "/tracingEnabled": "next.tracingEnabled",
  "/clientCertificateId": "next.clientCertificateId",
  "/documentationVersion": "next.documentationVersion",
  "/accessLogSettings": "next.accessLog",
  "/accessLogSettings/destinationArn": "next.accessLog.destinationArn",
  "/accessLogSettings/format": "next.accessLog.format",
};

const methodFields: Record<string, string> = { "logging/loglevel": "loggingLevel", "logging/dataTrace": "dataTraceEnabled", "metrics/enabled": "metricsEnabled" };

/** The form field a patch path edits: "next.description", "next.defaults.loggingLevel", "next.overrides" (any per-method entry). */
export function fieldOfPatchPath(path: string): string {
  if (stageFields[path]) return stageFields[path];
  const defaults = /^\/\*\/\*\/(.+)$/.exec(path);
  if (defaults) return methodFields[defaults[1]!] ? `next.defaults.${methodFields[defaults[1]!]}` : "next.defaults";
  return "next.overrides";
}

// AWS's refusal texts, by what they are about (sandbox wording follows AWS's).
const clues: [RegExp, (path: string) => boolean][] = [
  [/Access Log format/i, (path) => path === "/accessLogSettings/format"],
  [/Invalid ARN|destination/i, (path) => path === "/accessLogSettings/destinationArn"],
  [/Client Certificate/i, (path) => path === "/clientCertificateId"],
  [/documentation version/i, (path) => path === "/documentationVersion"],
];

/** The field an UpdateStage refusal is about, "cloudWatchRole" when the account lacks its logging role, or null when it cannot tell. */
export function stageRefusalField(message: string, patches: readonly PatchOperation[]): string | null {
  if (/CloudWatch Logs role ARN/i.test(message)) return "cloudWatchRole";
  for (const [clue, matches] of clues) {
    const patch = clue.test(message) ? patches.find((candidate) => matches(candidate.path)) : undefined;
    if (patch) return fieldOfPatchPath(patch.path);
  }
  const fields = new Set(patches.map((patch) => fieldOfPatchPath(patch.path)));
  return fields.size === 1 ? [...fields][0]! : null;
}

