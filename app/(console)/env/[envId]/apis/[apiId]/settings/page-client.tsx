"use client";

import { useRouter } from "next/navigation";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiDangerZone } from "@/components/rest-apis/rest-api-danger-zone";
import { RestApiSettingsForm } from "@/components/rest-apis/rest-api-settings-form";

type SettingsPageClientProps = { environment: EnvironmentSummary; api: RestApiSummary; canEdit: boolean };

export function RestApiSettingsPageClient({ environment, api, canEdit }: SettingsPageClientProps) {
  const router = useRouter();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      {/* A rename also changes the server-rendered title, hence the refresh. */}
      <RestApiSettingsForm envId={environment.id} api={api} canEdit={canEdit} onSaved={() => router.refresh()} />
      {canEdit ? <RestApiDangerZone envId={environment.id} environmentName={environment.name} api={api} /> : null}
    </div>
  );
}
