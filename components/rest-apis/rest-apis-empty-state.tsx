import { Boxes } from "lucide-react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { EmptyState } from "@/components/ui/empty-state";

type RestApisEmptyStateProps = { environment: EnvironmentSummary; canCreate: boolean; createButton: React.ReactNode };

/** A new environment teaches: create here, or point the AWS CLI (or any SDK) at it. */
export function RestApisEmptyState({ environment, canCreate, createButton }: RestApisEmptyStateProps) {
  const sandbox = environment.kind === "sandbox";
  const endpoint = environment.endpointUrl ?? "http://localhost:4566";
  const command = sandbox
    ? `aws apigateway create-rest-api --name demo --endpoint-url ${endpoint} --region ${environment.region}`
    : `aws apigateway create-rest-api --name demo --region ${environment.region}${environment.profile ? ` --profile ${environment.profile}` : ""}`;
  return (
    <EmptyState icon={<Boxes aria-hidden />} title={`No REST APIs in ${environment.name} yet`} actions={canCreate ? createButton : null}>
      <p>
        {canCreate ? "Create one here" : "An editor can create one here"}, or from a terminal with the AWS CLI
        {sandbox ? " pointed at the sandbox (any access key works locally)" : ""}:
      </p>
      <CodeSnippet className="mt-3" label="AWS CLI command to create an API" code={command} />
      <p className="mt-3">It appears in this list as soon as it exists{sandbox ? ". Terraform, boto3 and the AWS SDKs work the same way with the sandbox's endpoint." : "."}</p>
    </EmptyState>
  );
}
