/**
 * The only URLs the console's server will send a "send through a stage" request to. This is an SSRF boundary:
 * the base comes from the environment (never from the browser), and the caller's path may not leave it.
 */
export type InvokeEnvironment = { kind: "sandbox" | "aws"; region: string; endpointUrl?: string };

const apiIdPattern = /^[A-Za-z0-9]{1,64}$/;
// AWS's stage-name rule: letters, digits, hyphens and underscores, up to 128 characters.
const stageNamePattern = /^[A-Za-z0-9_-]{1,128}$/;
const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export class InvokeUrlRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvokeUrlRefused";
  }
}

/** The invoke URL of a deployed stage, derived from the environment alone: the sandbox's endpoint, or AWS's execute-api host. */
export function stageInvokeBase(env: InvokeEnvironment, restApiId: string, stageName: string): string {
  if (!apiIdPattern.test(restApiId)) throw new InvokeUrlRefused("That is not a REST API id.");
  if (!stageNamePattern.test(stageName)) throw new InvokeUrlRefused("That is not a stage name.");
  if (env.kind === "sandbox") return `${sandboxOrigin(env)}/_aws/execute-api/${restApiId}/${stageName}`;
  if (!regionPattern.test(env.region)) throw new InvokeUrlRefused("The environment's region is not a valid AWS region.");
  return `https://${restApiId.toLowerCase()}.execute-api.${env.region}.amazonaws.com/${stageName}`;
}

/** The sandbox's own origin (scheme, host, port), from the environment; custom-domain calls go there with a Host header. */
export function sandboxOrigin(env: InvokeEnvironment): string {
  if (!env.endpointUrl) throw new InvokeUrlRefused("The sandbox environment has no endpoint.");
  return new URL(env.endpointUrl).origin;
}

/**
 * The full URL for a request path (with its query string) under a stage's base. Refuses anything that could reach
 * another host, another API or another stage: absolute URLs, protocol-relative paths, backslashes, dot segments
 * (also percent-encoded), and control characters.
 */
export function stageRequestUrl(base: string, pathWithQueryString: string): URL {
  if (!pathWithQueryString.startsWith("/")) throw new InvokeUrlRefused("The path must start with /.");
  if (pathWithQueryString.startsWith("//")) throw new InvokeUrlRefused("The path may not start with //.");
  if (/[\\\u0000-\u001f\u007f\s]/.test(pathWithQueryString)) throw new InvokeUrlRefused("The path may not contain backslashes, spaces or control characters.");
  const [path = ""] = pathWithQueryString.split(/[?#]/, 1);
  const segments = path.split("/").map((segment) => safeDecode(segment));
  if (segments.some((segment) => segment === "." || segment === ".." || segment.includes("/") || segment.includes("\\"))) {
    throw new InvokeUrlRefused("The path may not contain . or .. segments or encoded slashes.");
  }
  const baseUrl = new URL(base);
  const url = new URL(`${baseUrl.pathname}${pathWithQueryString}`, baseUrl.origin);
  url.hash = "";
  // Belt and braces: whatever URL parsing did, the result must still be under the stage's base.
  if (url.origin !== baseUrl.origin || !(url.pathname === baseUrl.pathname || url.pathname.startsWith(`${baseUrl.pathname}/`))) {
    throw new InvokeUrlRefused("The path leaves the stage's invoke URL.");
  }
  return url;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new InvokeUrlRefused("The path has a malformed percent-encoding.");
  }
}
