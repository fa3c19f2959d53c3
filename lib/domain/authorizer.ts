export const authorizerTypes = ["TOKEN", "REQUEST", "COGNITO_USER_POOLS"] as const;
export type AuthorizerType = (typeof authorizerTypes)[number];

export type AuthorizerSummary = {
  id: string;
  name: string;
  type: AuthorizerType;
  /** Lambda authorizers: the function's invocation URI. */
  authorizerUri: string | null;
  /** Cognito user pools: the pool ARNs. */
  providerArns: string[];
  /** e.g. method.request.header.Authorization; REQUEST authorizers may list several. */
  identitySources: string[];
  identityValidationExpression: string | null;
  resultTtlSeconds: number;
};

/** What TestInvokeAuthorizer answered, shaped for display. */
export type AuthorizerTestResult = {
  clientStatus: number;
  principalId: string | null;
  policy: string | null;
  /** TestInvokeAuthorizer has no context field: AWS reports the authorizer's output here and in the log. */
  authorization: Record<string, string[]>;
  /** Cognito user pools: the token's claims. */
  claims: Record<string, string>;
  latencyMs: number | null;
  log: string | null;
};

const functionArnPattern = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([A-Za-z0-9_-]+)(:[A-Za-z0-9_$-]+)?$/;

/** The invocation URI API Gateway wants for a Lambda function ARN; a URI already in that form is kept. */
export function lambdaAuthorizerUri(functionArnOrUri: string): string | null {
  const value = functionArnOrUri.trim();
  if (value.startsWith("arn:aws:apigateway:") && value.endsWith("/invocations")) return value;
  const match = functionArnPattern.exec(value);
  if (!match) return null;
  return `arn:aws:apigateway:${match[1]}:lambda:path/2015-03-31/functions/${value}/invocations`;
}

/** The function ARN inside an invocation URI, for display. */
export function functionArnOf(uri: string | null): string | null {
  return uri?.match(/functions\/(.+)\/invocations$/)?.[1] ?? uri;
}

/** Identity sources as AWS stores them: one string, comma separated. */
export function identitySourceValue(sources: readonly string[]): string {
  return sources.map((source) => source.trim()).filter(Boolean).join(", ");
}

export function parseIdentitySources(value: string | null | undefined): string[] {
  return (value ?? "").split(",").map((source) => source.trim()).filter(Boolean);
}
