/** Where an environment serves its deployed stages: the sandbox's execute-api path, or AWS's regional host. */
export type InvokeBase = { kind: "sandbox"; endpointUrl: string } | { kind: "aws"; region: string };

const apiIdPattern = /^[A-Za-z0-9]{1,64}$/;
const stagePattern = /^[A-Za-z0-9_-]{1,128}$/;
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d$/;

/**
 * The invoke URL of `path` on a stage, or null when any part would leave the stage's own URL space.
 * This is the SSRF boundary of the preflight check: the console only ever calls URLs built here.
 */
export function stageInvokeUrl(base: InvokeBase, restApiId: string, stage: string, path: string): URL | null {
  if (!apiIdPattern.test(restApiId) || !stagePattern.test(stage)) return null;
  if (!path.startsWith("/") || /[?#\\]|\/\.\.?(\/|$)|\/\//.test(path) || /%2e|%2f|%5c/i.test(path)) return null;
  let root: URL;
  if (base.kind === "aws") {
    if (!regionPattern.test(base.region)) return null;
    root = new URL(`https://${restApiId}.execute-api.${base.region}.amazonaws.com/${stage}`);
  } else {
    root = new URL(`${base.endpointUrl.replace(/\/+$/, "")}/_aws/execute-api/${restApiId}/${stage}`);
  }
  const url = new URL(root.href + path);
  // Belt and braces: whatever URL parsing did, the result must still be under the stage's root.
  if (url.origin !== root.origin || !(url.pathname === root.pathname + path)) return null;
  return url;
}
