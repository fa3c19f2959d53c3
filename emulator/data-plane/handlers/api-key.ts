import { tables } from "../../control-plane/apigateway/tables";
import type { ApiKey } from "../../control-plane/apigateway/api-keys";
import type { UsagePlan } from "../../control-plane/apigateway/usage-plans";
import { remainingQuota } from "../../control-plane/apigateway/usage";
import { dayOf } from "../../control-plane/apigateway/usage-periods";
import { invalidApiKey, quotaExceeded } from "../gateway-errors";
import { apiKeyByValue } from "../api-key-index";
import type { RoutedInvocation, UsagePlanGrant } from "../invocation-context";
import type { Step } from "./step";

/**
 * apiKeyRequired methods need an enabled key (x-api-key, or the authorizer's usageIdentifierKey when the
 * API's apiKeySource is AUTHORIZER) in a usage plan bound to this API and stage; else 403 Forbidden.
 * A key with no quota left in its plan's period gets 429 Limit Exceeded.
 */
export const checkApiKey: Step = (invocation, next) => {
  if (!invocation.method.apiKeyRequired) return next();
  const value =
    invocation.target.restApi.apiKeySource === "AUTHORIZER" ? invocation.authorizer?.usageIdentifierKey : invocation.request.headers["x-api-key"]?.[0];
  const key = value ? apiKeyByValue(invocation.state, value) : undefined;
  const grant = key?.enabled ? usagePlanGrant(invocation, key) : undefined;
  if (!key || !grant) {
    invocation.log.add("API Key not authorized because method requires an API key and the key is missing, disabled or not in a usage plan for this stage");
    throw invalidApiKey();
  }
  invocation.apiKey = { id: key.id, value: key.value };
  invocation.usagePlan = grant;
  const day = dayOf(invocation.startedAt);
  const remaining = remainingQuota({ state: invocation.state }, grant.planId, grant.keyId, day);
  if (remaining !== undefined && remaining - invocation.runtime.unwrittenUsage(invocation.state, grant.planId, grant.keyId, day) <= 0) {
    invocation.log.add(`API Key ${key.id} exceeded the quota of usage plan ${grant.planId}`);
    throw quotaExceeded();
  }
  return next();
};

function usagePlanGrant(invocation: RoutedInvocation, key: ApiKey): UsagePlanGrant | undefined {
  const { state, target, resource, method } = invocation;
  const planKeys = state.table(tables.usagePlanKeys);
  for (const plan of state.table<UsagePlan>(tables.usagePlans).list("")) {
    const apiStage = plan.apiStages.find((entry) => entry.apiId === target.restApi.id && entry.stage === target.stageName);
    if (!apiStage || !planKeys.has(plan.id, key.id)) continue;
    return { planId: plan.id, keyId: key.id, throttle: plan.throttle, methodThrottle: apiStage.throttle?.[`${resource.path}/${method.httpMethod}`] };
  }
  return undefined;
}
