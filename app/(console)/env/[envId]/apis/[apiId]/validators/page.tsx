import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { listRequestValidators } from "@/lib/aws/request-validators";
import { consoleRead } from "@/lib/data/console-read";
import { methodsWhere } from "@/lib/domain/api-design";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { ValidatorsPageClient } from "./page-client";

type ValidatorsPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ValidatorsPageProps): Promise<Metadata> {
  return { title: `Request validators · API ${(await params).apiId}` };
}

export default async function ValidatorsPage({ params }: ValidatorsPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <ValidatorsData environment={environment} restApiId={apiId} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function ValidatorsData({ environment, restApiId, canEdit }: { environment: EnvironmentSummary; restApiId: string; canEdit: boolean }) {
  const read = await consoleRead(() => Promise.all([listRequestValidators(environment, restApiId), listResourcesWithMethods(environment, restApiId)]));
  if (!read.ok) return <ConsoleErrorState error={read.error} what="the request validators" />;
  const [validators, resources] = read.data;
  const usedBy = Object.fromEntries(validators.map((validator) => [validator.id, methodsWhere(resources, (method) => method.requestValidatorId === validator.id)]));
  return <ValidatorsPageClient envId={environment.id} restApiId={restApiId} validators={validators} usedBy={usedBy} canEdit={canEdit} />;
}
