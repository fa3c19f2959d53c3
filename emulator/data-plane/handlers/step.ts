import type { RoutedInvocation } from "../invocation-context";

/** One step of the chain: reads what earlier steps set on the invocation, fills what later ones need. */
export type Step = (invocation: RoutedInvocation, next: () => Promise<void>) => Promise<void>;
