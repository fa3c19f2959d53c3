/**
 * The closed set of failures the console shows, and the one place AWS SDK errors are turned into them.
 * Matching is by error name and shape so this module needs no @aws-sdk import.
 */
export type ErrorCode =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "limit_exceeded"
  | "throttled"
  | "credentials"
  | "access_denied"
  | "unreachable"
  | "wrong_region"
  | "unavailable"
  | "not_implemented"
  | "rate_limited"
  | "internal";

/** A failure that is safe to show: its message was written for a person, never copied from an unknown error. */
export class ConsoleError extends Error {
  readonly code: ErrorCode;
  readonly requestId: string | null;
  readonly fieldErrors: Record<string, string[]> | undefined;

  constructor(code: ErrorCode, message: string, options: { requestId?: string | null; fieldErrors?: Record<string, string[]>; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ConsoleError";
    this.code = code;
    this.requestId = options.requestId ?? null;
    this.fieldErrors = options.fieldErrors;
  }
}

/** Where a call went, so a failure can say which endpoint or region to check. */
export type AwsCallTarget = { kind: "sandbox" | "aws"; region: string; endpointUrl?: string };

export const genericErrorMessage = "Something went wrong on the server. The error has been logged.";

type ErrorShape = { name?: unknown; message?: unknown; code?: unknown; cause?: unknown; errors?: unknown; $metadata?: { requestId?: unknown; httpStatusCode?: unknown } };

const credentialErrors = new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidClientTokenId",
  "UnrecognizedClient",
  "UnrecognizedClientException",
  "CredentialsProviderError",
  "UnauthorizedException",
  "SignatureDoesNotMatch",
  "InvalidSignatureException",
  "IncompleteSignatureException",
]);
const regionHintErrors = new Set(["InvalidSignatureException", "SignatureDoesNotMatch", "AuthorizationHeaderMalformed", "UnrecognizedClientException", "InvalidClientTokenId"]);
const networkErrorCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT"]);
const unavailable = { code: "unavailable", message: "The service is temporarily unavailable. Try again in a moment." } as const;
const unavailableErrors = new Set(["ServiceUnavailableException", "ServiceUnavailable", "InternalFailure", "InternalServerError", "InternalServerErrorException"]);

/** The AWS request id of a failed call, when AWS (or the sandbox) sent one. */
export function awsRequestId(error: unknown): string | null {
  const id = (error as ErrorShape | null)?.$metadata?.requestId;
  return typeof id === "string" && id !== "" ? id : null;
}

/** Turns any error from an AWS SDK call into a ConsoleError; unknown errors are logged here and shown generically. */
export function mapAwsError(error: unknown, target: AwsCallTarget): ConsoleError {
  if (error instanceof ConsoleError) return error;
  const requestId = awsRequestId(error);
  const known = classifyAwsError(error, target);
  if (known) return new ConsoleError(known.code, known.message, { requestId, cause: error });
  logUnexpectedError(error, requestId);
  return new ConsoleError("internal", genericErrorMessage, { requestId, cause: error });
}

function classifyAwsError(error: unknown, target: AwsCallTarget): { code: ErrorCode; message: string } | null {
  const name = errorName(error);
  const awsMessage = errorMessage(error);
  if (isNetworkError(error)) return { code: "unreachable", message: unreachableMessage(target) };
  if (regionHintErrors.has(name) && /region/i.test(awsMessage)) {
    return { code: "wrong_region", message: `The endpoint does not accept requests for region ${target.region}. Check the environment's region. (${awsMessage})` };
  }
  if (credentialErrors.has(name)) {
    return { code: "credentials", message: "The environment's AWS credentials are missing, expired or invalid. Refresh them (for example with `aws sso login`) and try again." };
  }
  if (name.startsWith("AccessDenied")) {
    return { code: "access_denied", message: withAwsMessage("These credentials are not allowed to do this.", awsMessage) };
  }
  const status = (error as ErrorShape | null)?.$metadata?.httpStatusCode;
  // A server-side failure under a name we do not know is still the service's trouble, not the user's.
  return classifyServiceError(name, awsMessage) ?? (typeof status === "number" && status >= 500 ? unavailable : null);
}

function classifyServiceError(name: string, awsMessage: string): { code: ErrorCode; message: string } | null {
  switch (name) {
    case "NotFoundException":
      return { code: "not_found", message: withAwsMessage("Not found.", awsMessage) };
    case "ConflictException":
      return { code: "conflict", message: withAwsMessage("This conflicts with the current state.", awsMessage) };
    case "LimitExceededException":
      return { code: "limit_exceeded", message: withAwsMessage("An AWS limit was reached.", awsMessage) };
    case "TooManyRequestsException":
    case "ThrottlingException":
    case "Throttling":
      return { code: "throttled", message: "AWS is throttling requests right now. Wait a few seconds and try again." };
    case "BadRequestException":
    case "ValidationError":
    case "ValidationException":
      return { code: "validation", message: awsMessage || "AWS rejected the request as invalid." };
    case "NotImplementedException":
      return { code: "not_implemented", message: withAwsMessage("This operation is not supported here yet.", awsMessage) };
  }
  if (unavailableErrors.has(name)) return unavailable;
  return null;
}

function unreachableMessage(target: AwsCallTarget): string {
  if (target.kind === "sandbox") return `Cannot reach the sandbox at ${target.endpointUrl ?? "its address"}. Is it running?`;
  const where = target.endpointUrl ?? `AWS in ${target.region}`;
  return `Cannot reach ${where}. Check the network connection and the environment's endpoint and region.`;
}

function isNetworkError(error: unknown): boolean {
  const shape = error as ErrorShape | null;
  if (!shape || typeof shape !== "object") return false;
  if (shape.name === "TimeoutError" || shape.name === "RequestTimeout") return true;
  if (typeof shape.code === "string" && networkErrorCodes.has(shape.code)) return true;
  if (shape.message === "fetch failed" || shape.message === "socket hang up") return true;
  // Node reports a refused dual-stack connect as an AggregateError; fetch wraps the socket error in `cause`.
  if (Array.isArray(shape.errors) && shape.errors.some(isNetworkError)) return true;
  return shape.cause !== undefined && shape.cause !== error && isNetworkError(shape.cause);
}

function withAwsMessage(summary: string, awsMessage: string): string {
  return awsMessage ? `${summary} AWS said: ${awsMessage}` : summary;
}

function errorName(error: unknown): string {
  const name = (error as ErrorShape | null)?.name;
  return typeof name === "string" ? name : "";
}

function errorMessage(error: unknown): string {
  const message = (error as ErrorShape | null)?.message;
  return typeof message === "string" && message !== "UnknownError" ? message : "";
}

/** Logs an error the browser will only see as a generic message, with what is needed to find it again. */
export function logUnexpectedError(error: unknown, requestId: string | null = awsRequestId(error)): void {
  console.error(`[archway] unexpected error${requestId ? ` (AWS request id ${requestId})` : ""}:`, error);
}
