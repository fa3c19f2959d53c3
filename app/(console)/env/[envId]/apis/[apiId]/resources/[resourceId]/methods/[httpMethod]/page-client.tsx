"use client";

import type { MethodPageData } from "@/lib/domain/method-definition";
import { MissingMethodState } from "@/components/designer/missing-method-state";
import { MethodEditor } from "@/components/designer/method-editor";
import { MethodEditorHeader } from "@/components/designer/method-editor-header";

type MethodEditorPageClientProps = { envId: string; restApiId: string; httpMethod: string; data: MethodPageData; canEdit: boolean };

export function MethodEditorPageClient({ envId, restApiId, httpMethod, data, canEdit }: MethodEditorPageClientProps) {
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
      <MethodEditor envId={envId} restApiId={restApiId} data={{ ...data, definition }} canEdit={canEdit} />
    </>
  );
}
