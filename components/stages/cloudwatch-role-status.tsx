import { CircleAlert, CircleCheck } from "lucide-react";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { FieldError } from "./settings-row";

type CloudWatchRoleStatusProps = { roleArn: string | null; region: string; sandbox: boolean; errors?: string[] };

/** The account's CloudWatch logging role (GetAccount): without it AWS refuses execution logging and log-group access logs. */
export function CloudWatchRoleStatus({ roleArn, region, sandbox, errors }: CloudWatchRoleStatusProps) {
  if (roleArn) {
    return (
      <p className="flex items-start gap-2 text-[13px]">
        <CircleCheck className="mt-0.5 size-4 shrink-0 text-success" aria-hidden />
        <span className="flex min-w-0 flex-col gap-0.5">
          <span>API Gateway writes logs in {region} as</span>
          <span className="break-all font-mono text-xs">{roleArn}</span>
        </span>
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="flex items-start gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2 text-[13px]">
        <CircleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <span>
          No CloudWatch logging role is set for this account in {region}. {sandbox ? "The sandbox, like AWS," : "AWS"} refuses execution logging, data trace and
          access logs to a log group until one is set (Firehose destinations do not need it). An admin sets it once per region:
        </span>
      </p>
      <CodeSnippet
        label="Command that sets the CloudWatch logging role"
        code={`aws apigateway update-account --region ${region} --patch-operations op=replace,path=/cloudwatchRoleArn,value=arn:aws:iam::{account}:role/{api-gateway-logging-role}`}
      />
      <FieldError messages={errors} />
    </div>
  );
}
