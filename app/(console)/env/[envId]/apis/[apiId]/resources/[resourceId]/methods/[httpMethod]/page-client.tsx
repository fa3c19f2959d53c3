"use client";

import type { MethodPageData } from "@/lib/domain/method-definition";
import { AdvisorFindingsPanel } from "@/components/advisor/advisor-findings-panel";
import { MissingMethodState } from "@/components/designer/missing-method-state";
import { MethodEditor } from "@/components/designer/method-editor";
import { MethodEditorHeader } from "@/components/designer/method-editor-header";
import { TestInvokePanel } from "@/components/designer/test-invoke-panel";

type MethodEditorPageClientProps = {
  envId: string;
  restApiId: string;
  httpMethod: string;
  data: MethodPageData;
  stages: { stageName: string; invokeUrl: string }[];
  canEdit: boolean;
};

export function MethodEditorPageClient({ envId, restApiId, httpMethod, data, stages, canEdit }: MethodEditorPageClientProps) {
  const { definition } = data;
  if (!definition) return <MissingMethodState envId={envId} restApiId={restApiId} httpMethod={httpMethod} data={data} canEdit={canEdit} />;
  return (
    <>
      <MethodEditorHeader
        envId={envId}
        restApiId={restApiId}
        resourceId={data.resourceId}
        resourcePath={data.resourcePath}
        httpMethod={definition.httpMethod}
        existingMethods={data.existingMethods}
        canEdit={canEdit}
      />
      <div className="mb-4">
        <AdvisorFindingsPanel
          envId={envId}
          restApiId={restApiId}
          scope={{ resourceId: data.resourceId, httpMethod: definition.httpMethod }}
          title={`Advisor findings for ${definition.httpMethod} ${data.resourcePath}`}
        />
      </div>
      <MethodEditor envId={envId} restApiId={restApiId} data={{ ...data, definition }} canEdit={canEdit} />
      <section aria-labelledby="test-heading" className="mt-8 flex flex-col gap-3 border-t border-border pt-5">
        <h2 id="test-heading" className="text-[13px] font-semibold">
          Test this method
        </h2>
        <TestInvokePanel
          envId={envId}
          restApiId={restApiId}
          resourceId={data.resourceId}
          resourcePath={data.resourcePath}
          httpMethod={definition.httpMethod}
          stages={stages}
          canInvoke={canEdit}
        />
      </section>
    </>
  );
}
