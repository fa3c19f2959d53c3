// ARN forms a stage's settings accept: access log destinations (UpdateStage) and AWS WAF web ACLs (associated
// through AWS WAF, not UpdateStage).

const logGroupArn = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[^:*\s]+$/;
const firehoseArn = /^arn:aws[a-z-]*:firehose:[a-z0-9-]+:\d{12}:deliverystream\/([^\s/]+)$/;
const webAclArn = /^arn:aws[a-z-]*:wafv2:([a-z0-9-]+):(\d{12}):regional\/webacl\/([A-Za-z0-9_-]{1,128})\/([0-9a-f-]{36})$/;

/** Why an access log destination would be refused, or null: a log group ARN without ":*", or a Firehose stream named amazon-apigateway-*. */
export function accessLogDestinationProblem(arn: string): string | null {
  const value = arn.trim();
  if (value === "") return "Enter the ARN of a CloudWatch Logs log group or a Firehose stream.";
  if (/^arn:aws[a-z-]*:logs:/.test(value) && value.endsWith(":*")) return 'Leave off the trailing ":*": API Gateway takes the log group ARN without it.';
  if (logGroupArn.test(value)) return null;
  const firehose = firehoseArn.exec(value);
  if (firehose) return firehose[1]!.startsWith("amazon-apigateway-") ? null : 'A Firehose stream for access logs must be named "amazon-apigateway-…".';
  return "Use arn:aws:logs:{region}:{account}:log-group:{name} or arn:aws:firehose:{region}:{account}:deliverystream/amazon-apigateway-{name}.";
}

/** What kind of destination an accepted ARN names. */
export function accessLogDestinationKind(arn: string): "CloudWatch Logs" | "Firehose" {
  return /^arn:aws[a-z-]*:firehose:/.test(arn) ? "Firehose" : "CloudWatch Logs";
}

/** Why a web ACL ARN is not a regional AWS WAF (v2) web ACL in this region, or null. */
export function webAclArnProblem(arn: string, region: string): string | null {
  const match = webAclArn.exec(arn.trim());
  if (!match) return "Use arn:aws:wafv2:{region}:{account}:regional/webacl/{name}/{id}.";
  if (match[1] !== region) return `The web ACL is in ${match[1]}; a stage in ${region} needs a web ACL of the same region.`;
  return null;
}

/** The stage's ARN as AWS WAF names the resource it protects. */
export function stageResourceArn(region: string, restApiId: string, stageName: string): string {
  return `arn:aws:apigateway:${region}::/restapis/${restApiId}/stages/${stageName}`;
}

/** The AWS CLI command that associates a web ACL with the stage (AWS WAF does this, not API Gateway). */
export function associateWebAclCommand(webAcl: string, region: string, restApiId: string, stageName: string): string {
  return `aws wafv2 associate-web-acl --region ${region} --web-acl-arn ${webAcl.trim()} --resource-arn ${stageResourceArn(region, restApiId, stageName)}`;
}
