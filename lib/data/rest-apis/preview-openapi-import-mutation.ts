"use client";

import { useMutation } from "@tanstack/react-query";
import { previewOpenApiImportAction, type OpenApiImportCheck } from "@/lib/actions/rest-apis/preview-openapi-import";
import type { BasePathMode, ImportMode } from "@/lib/domain/openapi-import-preview";
import { callAction, type ActionFailure } from "../action-failure";

export type PreviewOpenApiImportVariables = { envId: string; restApiId?: string; mode: ImportMode; basePath: BasePathMode; document: string };

/** Checks a document and previews its import; it changes nothing, so there is nothing to invalidate. */
export function usePreviewOpenApiImportMutation() {
  return useMutation<OpenApiImportCheck, ActionFailure, PreviewOpenApiImportVariables>({
    mutationFn: (variables) => callAction(previewOpenApiImportAction, variables),
  });
}
