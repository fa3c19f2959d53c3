import { gatewayResponseDefaults, type GatewayResponseType } from "../control-plane/apigateway/gateway-response-defaults";

/**
 * A failure the gateway answers with a gateway response. Steps throw these; the one exception handler
 * (handlers/gateway-exception.ts) renders them through the stage's gateway responses.
 */
export class GatewayError extends Error {
  readonly status: number;
  /** The x-amzn-ErrorType AWS sends for this error, when it sends one. */
  readonly errorType: string | undefined;
  /** $context.error.validationErrorString: what a request validator found. */
  readonly validationErrors: string | undefined;

  constructor(
    readonly responseType: GatewayResponseType,
    message: string,
    options: { status?: number; errorType?: string; validationErrors?: string } = {},
  ) {
    super(message);
    this.name = "GatewayError";
    const byDefault = gatewayResponseDefaults[responseType];
    this.status = options.status ?? (byDefault === undefined ? (responseType === "DEFAULT_4XX" ? 400 : 500) : Number(byDefault));
    this.errorType = options.errorType;
    this.validationErrors = options.validationErrors;
  }
}

export const missingAuthenticationToken = () =>
  new GatewayError("MISSING_AUTHENTICATION_TOKEN", "Missing Authentication Token", { errorType: "MissingAuthenticationTokenException" });
export const invalidApiKey = () => new GatewayError("INVALID_API_KEY", "Forbidden", { errorType: "ForbiddenException" });
export const forbidden = () => new GatewayError("ACCESS_DENIED", "Forbidden", { errorType: "ForbiddenException" });
export const throttled = () => new GatewayError("THROTTLED", "Too Many Requests", { errorType: "TooManyRequestsException" });
export const quotaExceeded = () => new GatewayError("QUOTA_EXCEEDED", "Limit Exceeded", { errorType: "LimitExceededException" });
export const unauthorized = () => new GatewayError("UNAUTHORIZED", "Unauthorized", { errorType: "UnauthorizedException" });
export const accessDenied = (message: string) => new GatewayError("ACCESS_DENIED", message, { errorType: "AccessDeniedException" });
export const badRequestParameters = (missing: readonly string[]) =>
  new GatewayError("BAD_REQUEST_PARAMETERS", `Missing required request parameters: [${missing.join(", ")}]`, {
    errorType: "BadRequestException",
    validationErrors: `[Missing required request parameters: [${missing.join(", ")}]]`,
  });
export const badRequestBody = (details: string) =>
  new GatewayError("BAD_REQUEST_BODY", "Invalid request body", { errorType: "BadRequestException", validationErrors: details });
export const unsupportedMediaType = () => new GatewayError("UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type");
export const integrationTimeout = () => new GatewayError("INTEGRATION_TIMEOUT", "Endpoint request timed out");
export const integrationFailure = () => new GatewayError("INTEGRATION_FAILURE", "Internal server error");
/** A Lambda that failed or answered a malformed proxy response: 502 through DEFAULT_5XX. */
export const badGateway = () => new GatewayError("DEFAULT_5XX", "Internal server error", { status: 502 });
export const internalServerError = () => new GatewayError("DEFAULT_5XX", "Internal server error", { status: 500 });
export const apiConfigurationError = () => new GatewayError("API_CONFIGURATION_ERROR", "Internal server error");
export const authorizerConfigurationError = () =>
  new GatewayError("AUTHORIZER_CONFIGURATION_ERROR", "Internal server error", { errorType: "AuthorizerConfigurationException" });

/** Something AWS does that the sandbox's data plane does not do yet: fail loudly and say what. */
export const notImplementedInSandbox = (what: string) =>
  new GatewayError("DEFAULT_5XX", `The Archway sandbox does not implement ${what} yet.`, { status: 501, errorType: "NotImplementedException" });
