import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import { getDb } from "@/lib/db/client";
import { readStageDetail } from "@/lib/deployments/stage-detail";
import { readStageLimitsData } from "@/lib/deployments/stage-limits-data";
import { readStageSettingsContext } from "@/lib/deployments/stage-settings-context";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { stageTabOf } from "@/components/stages/stage-tabs";
import { StagePageClient } from "./page-client";

type StagePageProps = { params: Promise<{ envId: string; apiId: string; stageName: string }>; searchParams: Promise<{ tab?: string | string[] }> };

export async function generateMetadata({ params }: StagePageProps): Promise<Metadata> {
  const { apiId, stageName } = await params;
  return { title: `Stage ${stageName} · API ${apiId}` };
}

export default async function StagePage({ params, searchParams }: StagePageProps) {
  const [{ envId, apiId, stageName }, { tab }, user] = await Promise.all([params, searchParams, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {async (environment) => {
        const current = stageTabOf(tab);
        // Throttling and Caching also need the account, API keys, methods and cache prices; Settings and Logs the
        // certificates, documentation versions, methods and prices.
        const needsLimits = current === "throttling" || current === "caching";
        const needsSettings = current === "settings" || current === "logs";
        const [detail, limits, settingsContext] = await Promise.all([
          consoleRead(async () => readStageDetail(environment, await getDb(), apiId, stageName)),
          needsLimits ? consoleRead(() => readStageLimitsData(environment, apiId, stageName)) : null,
          needsSettings ? consoleRead(() => readStageSettingsContext(environment, apiId)) : null,
        ]);
        if (!detail.ok) return <ConsoleErrorState error={detail.error} what={`stage ${stageName}`} />;
        if (!detail.data) notFound();
        if (limits && !limits.ok) return <ConsoleErrorState error={limits.error} what={`the limits of stage ${stageName}`} />;
        if (settingsContext && !settingsContext.ok) return <ConsoleErrorState error={settingsContext.error} what={`the settings of stage ${stageName}`} />;
        const permissions = { canEdit: hasRole(user.role, "editor"), canDeploy: hasRole(user.role, "deployer"), isAdmin: hasRole(user.role, "admin"), environmentProtected: environment.protected };
        return (
          <StagePageClient
            envId={envId}
            restApiId={apiId}
            detail={detail.data}
            tab={current}
            permissions={permissions}
            limits={limits?.data ?? null}
            settingsContext={settingsContext?.data ?? null}
            now={new Date().toISOString()}
          />
        );
      }}
    </RestApiPageFrame>
  );
}
