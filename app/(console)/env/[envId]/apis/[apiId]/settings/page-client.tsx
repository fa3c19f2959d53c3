"use client";

import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiDangerZone } from "@/components/rest-apis/rest-api-danger-zone";
import { RestApiSettingsForm } from "@/components/rest-apis/rest-api-settings-form";

type SettingsPageClientProps = { environment: EnvironmentSummary; api: RestApiSummary; canEdit: boolean };

export function RestApiSettingsPageClient({ environment, api, canEdit }: SettingsPageClientProps) {
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <RestApiSettingsForm envId={environment.id} api={api} canEdit={canEdit} />
      {canEdit ? <RestApiDangerZone envId={environment.id} environmentName={environment.name} api={api} /> : null}
    </div>
  );
}
