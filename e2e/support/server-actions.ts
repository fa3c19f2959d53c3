import { readFileSync } from "node:fs";
import { join } from "node:path";

type ActionManifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id Next gave a server action in the production build, found by its file and export name. */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as ActionManifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName && action.filename?.endsWith(file));
  if (!entry) throw new Error(`server action ${exportedName} in ${file} is not in the build manifest`);
  return entry[0];
}
