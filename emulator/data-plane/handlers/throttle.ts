import { throttled } from "../gateway-errors";
import type { RoutedInvocation } from "../invocation-context";
import { methodSettingsKey } from "../method-setting-lookup";
import { accountThrottle, stageThrottle, type ThrottleLimit } from "../throttle-limits";
import type { Step } from "./step";

const planLimit = (throttle: { rateLimit?: number; burstLimit?: number } | undefined, account: ThrottleLimit): ThrottleLimit | undefined =>
  throttle && (throttle.rateLimit !== undefined || throttle.burstLimit !== undefined)
    ? { rate: throttle.rateLimit ?? account.rate, burst: throttle.burstLimit ?? account.burst }
    : undefined;

/** The buckets a request draws from, in AWS's order (facts §5.2): the first empty one throttles it. */
function bucketsFor(invocation: RoutedInvocation): Array<[string, ThrottleLimit | undefined]> {
  const { target, resource, method, usagePlan } = invocation;
  const stageKey = `${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}`;
  const methodKey = methodSettingsKey(resource.path, method.httpMethod);
  const plan = usagePlan && `plan/${usagePlan.planId}/${usagePlan.keyId}`;
  const account = accountThrottle(invocation.runtime.quotas);
  return [
    [`${plan}/${methodKey}`, plan ? planLimit(usagePlan.methodThrottle, account) : undefined],
    [`${plan}`, plan ? planLimit(usagePlan.throttle, account) : undefined],
    [`${stageKey}/${methodKey}`, stageThrottle(invocation.deployment.methodSetting(target.methodSettings, resource.path, method.httpMethod), account)],
    [`account/${target.accountId}/${target.region}`, account],
  ];
}

export const throttle: Step = async (invocation, next) => {
  for (const [key, limit] of bucketsFor(invocation)) {
    if (limit && !invocation.runtime.buckets.take(key, limit, Date.now())) {
      invocation.log.add("Request throttled");
      throw throttled();
    }
  }
  await next();
};
