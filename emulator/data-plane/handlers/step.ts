import type { RoutedInvocation } from "../invocation-context";

/**
 * One step of the chain: reads what earlier steps set on the invocation, fills what later ones need. A step
 * with nothing to do once the steps after it finish returns `next()` without being async itself: an async
 * function and its await cost a promise and a tick each, per step and request.
 */
export type Step = (invocation: RoutedInvocation, next: () => Promise<void>) => Promise<void>;
