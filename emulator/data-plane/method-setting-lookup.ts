import type { MethodSetting } from "../control-plane/apigateway/stage-types";

/** The key a method's settings live under: "~1pets~1{id}/GET" (and "*\/*" for the stage defaults). */
export const methodSettingsKey = (resourcePath: string, httpMethod: string): string =>
  `${resourcePath.replace(/~/g, "~0").replace(/\//g, "~1")}/${httpMethod}`;

/** The settings in force for one method: its own entry, else the stage's "*\/*" defaults. */
export function effectiveMethodSetting(
  settings: Readonly<Record<string, Partial<MethodSetting>>>,
  resourcePath: string,
  httpMethod: string,
): Partial<MethodSetting> {
  return { ...settings["*/*"], ...settings[methodSettingsKey(resourcePath, httpMethod)] };
}
