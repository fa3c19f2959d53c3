import { badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { httpMethods } from "./methods";
import { findVpcLink } from "./vpc-links";
import type { Integration, Method } from "./types";

// What PutIntegration/UpdateIntegration accept for each integration type, with AWS's messages.

export const MIN_TIMEOUT_MS = 50;
export const MAX_TIMEOUT_MS = 29_000;

/** Stage variables may stand in for any part of a URI; they are resolved when the stage serves it. */
const withoutStageVariables = (uri: string) => uri.replace(/\$\{stageVariables\.[A-Za-z0-9_]+\}/g, "x");

function checkBackendVerb(httpMethod: string | undefined): void {
  if (!httpMethod) throw badRequest("Enumeration value for HttpMethod must be non-empty");
  if (!(httpMethods as readonly string[]).includes(httpMethod)) {
    throw badRequest(`Invalid HttpMethod specified. Valid options are ${httpMethods.join(",")}`);
  }
}

function checkHttpUri(uri: string | undefined): void {
  let url: URL | undefined;
  try {
    url = uri ? new URL(withoutStageVariables(uri)) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw badRequest("Invalid HTTP endpoint specified for URI");
}

/** arn:aws:apigateway:{region}:{service}:{path|action}/{...}; AWS_PROXY only reaches Lambda functions. */
function checkAwsUri(type: Integration["type"], uri: string | undefined): void {
  const parts = uri?.split(":") ?? [];
  if (!uri?.startsWith("arn:") || parts.length < 6 || parts[2] !== "apigateway") throw badRequest("Invalid ARN specified in the request");
  const service = parts[4];
  const resource = parts.slice(5).join(":");
  if (!resource.startsWith("path/") && !resource.startsWith("action/")) {
    throw badRequest("AWS ARN for integration must contain path or action");
  }
  if (type === "AWS_PROXY" && (service !== "lambda" || !resource.startsWith("path/2015-03-31/functions/"))) {
    throw badRequest("Integrations of type 'AWS_PROXY' currently only supports Lambda function and Firehose stream invocations.");
  }
}

/** connectionId names a VPC link of this account and region, or a stage variable that will hold one when served. */
function checkVpcLinkConnection(ctx: OpContext, connectionId: string | undefined): void {
  if (!connectionId) throw badRequest("Connection id must be specified for a VPC_LINK connection type");
  if (/^\$\{stageVariables\.[A-Za-z0-9_]+\}$/.test(connectionId)) return;
  if (!findVpcLink(ctx.state, connectionId, ctx.now)) throw badRequest("Invalid Vpc Link identifier specified");
}

/** Checks an integration as a whole, after PutIntegration builds it or UpdateIntegration patches it. */
export function checkIntegration(integration: Integration, ctx: OpContext): void {
  const { type } = integration;
  if (type !== "MOCK") checkBackendVerb(integration.httpMethod);
  if (type === "HTTP" || type === "HTTP_PROXY") checkHttpUri(integration.uri);
  if (type === "AWS" || type === "AWS_PROXY") checkAwsUri(type, integration.uri);
  if (type === "AWS_PROXY" && integration.httpMethod !== "POST") {
    throw badRequest("Integrations of type 'AWS_PROXY' must use POST as the integration HTTP method");
  }
  const timeout = integration.timeoutInMillis;
  if (!Number.isInteger(timeout) || timeout < MIN_TIMEOUT_MS || timeout > MAX_TIMEOUT_MS) {
    throw badRequest(`Timeout should be between ${MIN_TIMEOUT_MS} ms and ${MAX_TIMEOUT_MS} ms`);
  }
  if (integration.connectionType === "VPC_LINK") checkVpcLinkConnection(ctx, integration.connectionId);
}

const methodRequestExpression = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.\S+$/;

/** An integration may map only method request parameters the method declares. */
export function checkRequestMappings(method: Method, integration: Integration): void {
  const declared = method.requestParameters ?? {};
  for (const source of Object.values(integration.requestParameters ?? {})) {
    if (methodRequestExpression.test(source) && !(source in declared)) {
      throw badRequest(
        `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${source}]`,
      );
    }
  }
}
