// A VPC link's lifecycle. AWS takes minutes to create or delete one; the sandbox takes config.vpcLinkDelayMs.
// The row keeps when each phase ends, so the status is derived on read with nothing but the clock: the data
// plane, which has no config, reads it the same way.

export type VpcLinkStatus = "AVAILABLE" | "PENDING" | "DELETING" | "FAILED";

export interface StoredVpcLink {
  id: string;
  name: string;
  description?: string;
  targetArns: string[];
  tags?: Record<string, string>;
  /** Epoch ms at which creation ends (PENDING until then). */
  settlesAt: number;
  /** Epoch ms at which a deleted link is gone (DELETING until then). */
  goneAt?: number;
}

/** AWS's words for a link that works (AWS CLI reference, update-vpc-link); PENDING and DELETING carry none. */
export const READY_MESSAGE = "Your vpc link is ready for use";
/** What AWS reports, once creation ends, for a target that is not a Network Load Balancer. */
export const MALFORMED_TARGET_MESSAGE = "NLB ARN is malformed";

const nlbArn = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/net\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/;

export const isNlbArn = (arn: string): boolean => nlbArn.test(arn);

/** The status at `now` (epoch ms), or undefined once a deleted link is gone. */
export function vpcLinkStatus(link: StoredVpcLink, now: number): VpcLinkStatus | undefined {
  if (link.goneAt !== undefined) return now < link.goneAt ? "DELETING" : undefined;
  if (now < link.settlesAt) return "PENDING";
  return link.targetArns.every(isNlbArn) ? "AVAILABLE" : "FAILED";
}

export function vpcLinkStatusMessage(status: VpcLinkStatus): string | undefined {
  if (status === "AVAILABLE") return READY_MESSAGE;
  if (status === "FAILED") return MALFORMED_TARGET_MESSAGE;
  return undefined;
}
