// Access logging destinations and formats, as UpdateStage accepts them.
import { badRequest } from "../../protocol/aws-error";

const logGroupArn = /^arn:aws[a-z-]*:logs:[a-z0-9-]+:\d{12}:log-group:[^:*\s]+$/;
const firehoseArn = /^arn:aws[a-z-]*:firehose:[a-z0-9-]+:\d{12}:deliverystream\/amazon-apigateway-[A-Za-z0-9_.-]+$/;

/** A CloudWatch Logs log group (without the ":*" suffix) or a Firehose stream named amazon-apigateway-*. */
export function checkAccessLogDestination(arn: string | undefined): string {
  if (arn === undefined || !(logGroupArn.test(arn) || firehoseArn.test(arn))) {
    throw badRequest(
      `Invalid ARN specified in the request: ${arn ?? "null"}. Use a CloudWatch Logs log group ARN without ':*' or a Kinesis Data Firehose ARN whose name begins with 'amazon-apigateway-'`,
    );
  }
  return arn;
}

/** Every access log line must be traceable to its request. */
export function checkAccessLogFormat(format: string | undefined): string {
  if (format === undefined || !/\$context\.(requestId|extendedRequestId)\b/.test(format)) {
    throw badRequest("Access Log format must include at least $context.requestId or $context.extendedRequestId");
  }
  return format;
}
