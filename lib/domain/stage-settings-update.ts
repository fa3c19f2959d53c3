import type { PatchOperation } from "./plan";
import type { StageSettings } from "./stage-settings";

/** What a stage-settings action answers: the operations it sent (none when nothing changed) and the stage's settings after. */
export type StageSettingsUpdate = { patches: PatchOperation[]; settings: StageSettings };
