import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listEnvironments } from "@/lib/environments/environments";
import { AddEnvironmentButton } from "@/components/environments/add-environment-button";
import { EnvironmentsTable } from "@/components/environments/environments-table";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Environments" };

export default async function EnvironmentsPage() {
  await requireUser("admin");
  const environments = await listEnvironments();
  return (
    <>
      <PageHeader
        title="Environments"
        description="Where Archway reaches API Gateway: the local sandbox, and AWS accounts through a profile, a role or the default credential chain."
        actions={<AddEnvironmentButton />}
      />
      <EnvironmentsTable environments={environments} />
    </>
  );
}
