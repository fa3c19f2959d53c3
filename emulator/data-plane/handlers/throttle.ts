import { throttled } from "../gateway-errors";
import type { StageTarget } from "../invocation-context";
import type { Method, Resource } from "../../control-plane/apigateway/types";
import { methodSettingsKey } from "../method-setting-lookup";
import { accountThrottle, stageThrottle, type ThrottleLimit } from "../throttle-limits";
import type { Step } from "./step";

const planLimit = (throttle: { rateLimit?: number; burstLimit?: number } | undefined, account: ThrottleLimit): ThrottleLimit | undefined =>
  throttle && (throttle.rateLimit !== undefined || throttle.burstLimit !== undefined)
    ? { rate: throttle.rateLimit ?? account.rate, burst: throttle.burstLimit ?? account.burst }
    : undefined;

/** A method's bucket keys on one stage. */
interface BucketKeys {
  readonly method: string;
  readonly stageMethod: string;
  readonly account: string;
}
/**
 * Built once per stage target and method (a deployment's method objects are immutable, each under one resource):
 * the same strings for every request, and for the stage's canary.
 */
const keysByTarget = new WeakMap<StageTarget, WeakMap<Method, BucketKeys>>();

function bucketKeys(target: StageTarget, resource: Resource, method: Method): BucketKeys {
  let byMethod = keysByTarget.get(target);
  if (!byMethod) keysByTarget.set(target, (byMethod = new WeakMap()));
  let keys = byMethod.get(method);
  if (!keys) {
    const methodKey = methodSettingsKey(resource.path, method.httpMethod);
    const stageMethod = `${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}/${methodKey}`;
    byMethod.set(method, (keys = { method: methodKey, stageMethod, account: `account/${target.accountId}/${target.region}` }));
  }
  return keys;
}

/** Draws from the buckets a request passes, in AWS's order (facts §5.2): the first empty one throttles it. */
export const throttle: Step = (invocation, next) => {
  const { target, resource, method, usagePlan, runtime } = invocation;
  const account = accountThrottle(runtime.quotas);
  const keys = bucketKeys(target, resource, method);
  const now = Date.now();
  const pass = (key: string, limit: ThrottleLimit | undefined) => !limit || runtime.buckets.take(key, limit, now);
  const plan = usagePlan && `plan/${usagePlan.planId}/${usagePlan.keyId}`;
  const passed =
    (!plan || (pass(`${plan}/${keys.method}`, planLimit(usagePlan.methodThrottle, account)) && pass(plan, planLimit(usagePlan.throttle, account)))) &&
    pass(keys.stageMethod, stageThrottle(invocation.deployment.methodSetting(target.methodSettings, resource.path, method.httpMethod), account)) &&
    pass(keys.account, account);
  if (!passed) {
    invocation.log.add("Request throttled");
    throw throttled();
  }
  return next();
};
