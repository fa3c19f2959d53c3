"use client";

import { useState } from "react";
import { associateWebAclCommand, webAclArnProblem } from "@/lib/domain/stage-arns";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type WebAclAssociationProps = { region: string; restApiId: string; stageName: string };

/** AWS WAF, not UpdateStage, associates a web ACL with a stage: check the ARN here and get the command to run. */
export function WebAclAssociation({ region, restApiId, stageName }: WebAclAssociationProps) {
  const [arn, setArn] = useState("");
  const problem = arn.trim() ? webAclArnProblem(arn, region) : null;
  return (
    <div className="flex flex-col gap-2">
      <Field label="Web ACL ARN to associate" optional errors={problem ? [problem] : undefined} hint="Archway checks the ARN and gives the AWS WAF command; it does not call AWS WAF itself.">
        {(control) => <Input {...control} value={arn} onChange={(e) => setArn(e.target.value)} placeholder={`arn:aws:wafv2:${region}:123456789012:regional/webacl/{name}/{id}`} className="font-mono" />}
      </Field>
      {arn.trim() && !problem ? <CodeSnippet code={associateWebAclCommand(arn, region, restApiId, stageName)} label="AWS WAF association command" /> : null}
    </div>
  );
}
