import { identitySourceValue, type AuthorizerSummary } from "./authorizer";

export type AuthorizerPatchOperation = { op: "replace" | "add" | "remove"; path: string; value?: string };

/** The UpdateAuthorizer patch that turns `before` into `after` (same type): only what changed, pool ARNs one by one. */
export function authorizerPatch(before: AuthorizerSummary, after: Omit<AuthorizerSummary, "id">): AuthorizerPatchOperation[] {
  const operations: AuthorizerPatchOperation[] = [];
  const replace = (path: string, from: string, to: string) => {
    if (from !== to) operations.push({ op: "replace", path, value: to });
  };
  replace("/name", before.name, after.name);
  replace("/identitySource", identitySourceValue(before.identitySources), identitySourceValue(after.identitySources));
  replace("/identityValidationExpression", before.identityValidationExpression ?? "", after.identityValidationExpression ?? "");
  replace("/authorizerResultTtlInSeconds", String(before.resultTtlSeconds), String(after.resultTtlSeconds));
  if (after.type !== "COGNITO_USER_POOLS") replace("/authorizerUri", before.authorizerUri ?? "", after.authorizerUri ?? "");
  const kept = new Set(after.providerArns);
  const had = new Set(before.providerArns);
  for (const arn of after.providerArns) if (!had.has(arn)) operations.push({ op: "add", path: `/providerARNs/${arn}` });
  for (const arn of before.providerArns) if (!kept.has(arn)) operations.push({ op: "remove", path: `/providerARNs/${arn}` });
  return operations;
}
