"use client";

import dynamic from "next/dynamic";
import type { CodeEditorProps } from "./code-editor-view";
import { Skeleton } from "./skeleton";

export type { CodeEditorLanguage, CodeEditorProps } from "./code-editor-view";

// CodeMirror is loaded only when an editor is first shown, so routes that never open one do not pay for it.
const LazyCodeEditorView = dynamic(() => import("./code-editor-view").then((module) => module.CodeEditorView), {
  ssr: false,
  loading: () => <Skeleton className="h-40 w-full" />,
});

/** A code editor (JSON, VTL mapping templates, YAML) with line numbers; value and onChange like a textarea. */
export function CodeEditor(props: CodeEditorProps) {
  return <LazyCodeEditorView {...props} />;
}
