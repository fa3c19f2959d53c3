// The account-level API Gateway settings GetAccount returns, as the console uses them.
import type { AccountThrottle } from "./effective-limits";

export type AccountSettings = {
  /** The Region-wide throttle every API of the account shares (10,000 rps / 5,000 burst unless raised). */
  throttle: AccountThrottle;
  /** The IAM role API Gateway writes CloudWatch logs with; null when none is set. */
  cloudwatchRoleArn: string | null;
};
