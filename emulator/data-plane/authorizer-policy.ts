/** The verdict of a Lambda authorizer's IAM policy for one method ARN. */
export type PolicyVerdict = "allow" | "deny" | "implicit-deny";

interface Statement {
  Effect?: unknown;
  Action?: unknown;
  Resource?: unknown;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : []);

/** IAM-style wildcards: * matches any run of characters, ? one character. */
function globMatches(pattern: string, value: string): boolean {
  const regex = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${regex}$`).test(value);
}

const coversInvoke = (actions: string[]) => actions.some((action) => globMatches(action, "execute-api:Invoke"));

/** Evaluates a policy document as IAM does for execute-api:Invoke: an explicit Deny wins over any Allow. */
export function evaluatePolicy(policy: unknown, methodArn: string): PolicyVerdict {
  const statements = (policy as { Statement?: unknown } | undefined)?.Statement;
  const all: Statement[] = Array.isArray(statements) ? statements : statements && typeof statements === "object" ? [statements as Statement] : [];
  let allowed = false;
  for (const statement of all) {
    if (!coversInvoke(list(statement.Action)) || !list(statement.Resource).some((resource) => globMatches(resource, methodArn))) continue;
    if (statement.Effect === "Deny") return "deny";
    if (statement.Effect === "Allow") allowed = true;
  }
  return allowed ? "allow" : "implicit-deny";
}

/** arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path} as authorizers receive it. */
export const methodArn = (region: string, accountId: string, apiId: string, stage: string, verb: string, path: string): string =>
  `arn:aws:execute-api:${region}:${accountId}:${apiId}/${stage}/${verb}/${path.replace(/^\//, "")}`;
