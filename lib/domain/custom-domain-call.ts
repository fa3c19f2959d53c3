import { basePathPrefix, type BasePathMappingSummary } from "./domain-name";
import { sandboxOrigin, type InvokeEnvironment } from "./stage-invoke-url";

/** How to reach one mapping: the URL to request and, for the sandbox, the Host header that names the domain. */
export type CustomDomainCall = { url: string; hostHeader: string | null; command: string };

/** The placeholder shown for a mapping that takes its stage from the request path. */
export const stagePlaceholder = "{stage}";

/**
 * The request that reaches a mapping: on AWS the domain itself over HTTPS; in the sandbox (where the domain does not
 * resolve) the sandbox's address with the domain as the Host header, which is how the sandbox picks the domain.
 */
export function customDomainCall(env: InvokeEnvironment, domainName: string, mapping: BasePathMappingSummary, requestPath: string): CustomDomainCall {
  const path = requestPathOf(mapping, requestPath);
  if (env.kind === "sandbox") {
    const url = `${sandboxOrigin(env)}${path}`;
    return { url, hostHeader: domainName, command: `curl -H ${shellQuote(`Host: ${domainName}`)} ${shellWord(url)}` };
  }
  const url = `https://${domainName}${path}`;
  return { url, hostHeader: null, command: `curl ${shellWord(url)}` };
}

/** The path on the domain: the base path, the stage when the mapping leaves it to the request, then the API's path. */
function requestPathOf(mapping: BasePathMappingSummary, requestPath: string): string {
  const apiPath = `/${requestPath.trim().replace(/^\/+/, "")}`;
  const stage = mapping.stage === null ? `/${stagePlaceholder}` : "";
  const joined = `${basePathPrefix(mapping.basePath)}${stage}${apiPath === "/" ? "" : apiPath}`;
  return joined === "" ? "/" : joined;
}

/** The text as one shell word: bare when it is plainly safe, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_@%+=:,./~-]+$/.test(text) ? text : shellQuote(text);
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
