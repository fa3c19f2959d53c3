// UpdateStage patch operations that turn a stage's variables into the edited set.

export type StageVariablePatch = { op: "add" | "replace" | "remove"; path: string; value?: string };

const pointer = (name: string) => `/variables/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;

/** Only what changed: new names are added, changed values replaced, missing names removed. */
export function stageVariablePatches(current: Record<string, string>, next: Record<string, string>): StageVariablePatch[] {
  const patches: StageVariablePatch[] = [];
  for (const [name, value] of Object.entries(next)) {
    if (!(name in current)) patches.push({ op: "add", path: pointer(name), value });
    else if (current[name] !== value) patches.push({ op: "replace", path: pointer(name), value });
  }
  for (const name of Object.keys(current)) if (!(name in next)) patches.push({ op: "remove", path: pointer(name) });
  return patches;
}
