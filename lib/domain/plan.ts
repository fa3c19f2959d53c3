/**
 * A plan is the ordered list of AWS calls a change will make, shown before it runs and reported step by step after.
 * Every multi-step feature (CORS, gateway-response presets, imports) builds one and runs it through plan-runner.ts.
 */
export type PlanStep<Call = ApiGatewayCall> = {
  id: string;
  /** What the step does, for a person: "Add the OPTIONS method to /pets". */
  title: string;
  /** The AWS operation, e.g. "PutMethod". */
  operation: string;
  /** The parameters that identify the call, in display order. */
  keyParams: ReadonlyArray<readonly [string, string]>;
  call: Call;
};

/** A note the plan cannot act on (e.g. a proxy backend that must send headers itself), with an optional snippet. */
export type PlanNote = { title: string; text: string; snippet?: string };

export type Plan<Call = ApiGatewayCall> = { steps: PlanStep<Call>[]; notes: PlanNote[] };

export type PatchOperation = { op: "add" | "replace" | "remove"; path: string; value?: string };

type MethodAt = { restApiId: string; resourceId: string; httpMethod: string };

/** The API Gateway calls plans may contain; inputs use the SDK's field names so lib/aws passes them straight on. */
export type ApiGatewayCall =
  | { operation: "PutMethod"; input: MethodAt & { authorizationType: "NONE" } }
  | { operation: "PutIntegration"; input: MethodAt & { type: "MOCK"; requestTemplates: Record<string, string> } }
  | { operation: "PutMethodResponse"; input: MethodAt & { statusCode: string; responseParameters: Record<string, boolean> } }
  | {
      operation: "PutIntegrationResponse";
      input: MethodAt & { statusCode: string; responseParameters: Record<string, string>; responseTemplates: Record<string, string> };
    }
  | { operation: "UpdateMethodResponse"; input: MethodAt & { statusCode: string; patchOperations: PatchOperation[] } }
  | { operation: "UpdateIntegrationResponse"; input: MethodAt & { statusCode: string; patchOperations: PatchOperation[] } }
  | { operation: "DeleteMethod"; input: MethodAt }
  | {
      operation: "PutGatewayResponse";
      input: {
        restApiId: string;
        responseType: string;
        statusCode?: string;
        responseParameters: Record<string, string>;
        responseTemplates: Record<string, string>;
      };
    }
  | { operation: "DeleteGatewayResponse"; input: { restApiId: string; responseType: string } }
  | { operation: "UpdateGatewayResponse"; input: { restApiId: string; responseType: string; patchOperations: PatchOperation[] } }
  | { operation: "UpdateMethod"; input: MethodAt & { patchOperations: PatchOperation[] } }
  | { operation: "UpdateIntegration"; input: MethodAt & { patchOperations: PatchOperation[] } }
  | { operation: "UpdateRestApi"; input: { restApiId: string; patchOperations: PatchOperation[] } }
  | { operation: "UpdateStage"; input: { restApiId: string; stageName: string; patchOperations: PatchOperation[] } }
  | { operation: "UpdateUsagePlan"; input: { usagePlanId: string; patchOperations: PatchOperation[] } }
  | { operation: "UpdateDomainName"; input: { domainName: string; patchOperations: PatchOperation[] } };

/** Builds a step from a call, deriving its operation name and key parameters. */
export function planStep(id: string, title: string, call: ApiGatewayCall): PlanStep {
  const input = call.input as Record<string, unknown>;
  const keys = ["stageName", "usagePlanId", "domainName", "resourceId", "httpMethod", "statusCode", "responseType"].filter((key) => typeof input[key] === "string");
  return { id, title, operation: call.operation, keyParams: keys.map((key) => [key, String(input[key])] as const), call };
}
