// One table of the error types the sandbox answers with: type -> HTTP status and fault.
// Control-plane code throws AwsError; only the protocol codecs turn it into wire bytes.

interface ErrorSpec {
  readonly status: number;
  /** awsQuery error code for query-compatible services (CloudWatch); defaults to the type name. */
  readonly queryCode?: string;
  readonly fault: "Sender" | "Receiver";
  /** Errors that ask the client to come back later carry Retry-After. */
  readonly retryable?: boolean;
}

export const awsErrorTable = {
  // API Gateway (restJson1)
  BadRequestException: { status: 400, fault: "Sender" },
  UnauthorizedException: { status: 401, fault: "Sender" },
  NotFoundException: { status: 404, fault: "Sender" },
  ConflictException: { status: 409, fault: "Sender" },
  LimitExceededException: { status: 429, fault: "Sender", retryable: true },
  TooManyRequestsException: { status: 429, fault: "Sender", retryable: true },
  ServiceUnavailableException: { status: 503, queryCode: "ServiceUnavailable", fault: "Receiver", retryable: true },
  // CloudWatch (awsJson1_0 / rpcv2Cbor / query); query codes from the botocore and JS SDK models
  InvalidParameterValueException: { status: 400, queryCode: "InvalidParameterValue", fault: "Sender" },
  InvalidParameterCombinationException: { status: 400, queryCode: "InvalidParameterCombination", fault: "Sender" },
  MissingRequiredParameterException: { status: 400, queryCode: "MissingParameter", fault: "Sender" },
  ValidationException: { status: 400, queryCode: "ValidationError", fault: "Sender" },
  InvalidNextToken: { status: 400, queryCode: "InvalidNextToken", fault: "Sender" },
  ResourceNotFound: { status: 404, queryCode: "ResourceNotFound", fault: "Sender" },
  LimitExceededFault: { status: 400, queryCode: "LimitExceeded", fault: "Sender" },
  InternalServiceFault: { status: 500, queryCode: "InternalServiceError", fault: "Receiver" },
  InvalidFormatFault: { status: 400, queryCode: "InvalidFormat", fault: "Sender" },
  DashboardInvalidInputError: { status: 400, queryCode: "InvalidParameterInput", fault: "Sender" },
  DashboardNotFoundError: { status: 404, queryCode: "ResourceNotFound", fault: "Sender" },
  ResourceNotFoundException: { status: 404, queryCode: "ResourceNotFoundException", fault: "Sender" },
  // Shared
  UnknownOperationException: { status: 404, fault: "Sender" },
  SerializationException: { status: 400, fault: "Sender" },
  ThrottlingException: { status: 400, queryCode: "Throttling", fault: "Sender", retryable: true },
  // The sandbox's own: an operation AWS has that the sandbox does not implement yet.
  NotImplementedException: { status: 501, fault: "Receiver" },
} as const satisfies Record<string, ErrorSpec>;

export type AwsErrorType = keyof typeof awsErrorTable;

export class AwsError extends Error {
  readonly type: AwsErrorType;
  readonly retryAfterSeconds: number | undefined;
  /** Members the error shape has besides its message (CloudWatch's dashboardValidationMessages), for JSON and CBOR bodies. */
  readonly members: Readonly<Record<string, unknown>> | undefined;

  constructor(type: AwsErrorType, message: string, options: { retryAfterSeconds?: number; members?: Record<string, unknown> } = {}) {
    super(message);
    this.name = type;
    this.type = type;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.members = options.members;
  }

  get spec(): ErrorSpec {
    return awsErrorTable[this.type];
  }

  get status(): number {
    return this.spec.status;
  }

  get queryCode(): string {
    return this.spec.queryCode ?? this.type;
  }
}

/** The sandbox has no handler for this operation yet: say so by name, never silently. */
export function notImplemented(service: string, operation: string): AwsError {
  return new AwsError(
    "NotImplementedException",
    `The Archway sandbox does not implement ${service} operation ${operation} yet.`,
  );
}

export const badRequest = (message: string) => new AwsError("BadRequestException", message);
export const notFound = (message: string) => new AwsError("NotFoundException", message);
export const conflict = (message: string) => new AwsError("ConflictException", message);
export const limitExceeded = (message: string) => new AwsError("LimitExceededException", message);
