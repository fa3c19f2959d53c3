"use client";

import type { ApiAdvice } from "@/lib/domain/advisor/api-advice";
import { ApiAdvisorView } from "@/components/advisor/api-advisor-view";

type ApiAdvisorPageClientProps = { envId: string; restApiId: string; advice: ApiAdvice; canApply: boolean; canEdit: boolean };

export function ApiAdvisorPageClient({ envId, restApiId, advice, canApply, canEdit }: ApiAdvisorPageClientProps) {
  return <ApiAdvisorView envId={envId} restApiId={restApiId} initialData={advice} canApply={canApply} canEdit={canEdit} />;
}
