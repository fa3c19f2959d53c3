import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listRestApis } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { RestApisPageClient } from "./page-client";

export const metadata: Metadata = { title: "APIs" };

type ApisPageProps = { params: Promise<{ envId: string }>; searchParams: Promise<{ q?: string | string[] }> };

export default async function ApisPage({ params, searchParams }: ApisPageProps) {
  const [{ envId }, { q }, user] = await Promise.all([params, searchParams, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const apis = await consoleRead(() => listRestApis(environment));
  if (!apis.ok) {
    return (
      <>
        <PageHeader title="APIs" description={`REST APIs in ${environment.name}`} />
        <ConsoleErrorState
          error={apis.error}
          what={`the APIs in ${environment.name}`}
          hint={environment.kind === "sandbox" && apis.error.code === "unreachable" ? "Start it with npm start (or npm run sandbox), then retry." : undefined}
        />
      </>
    );
  }
  return (
    <RestApisPageClient environment={environment} initialApis={apis.data} canCreate={hasRole(user.role, "editor")} initialQuery={typeof q === "string" ? q : ""} />
  );
}
