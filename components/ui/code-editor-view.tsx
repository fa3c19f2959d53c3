"use client";

import CodeMirror, { EditorView, type Extension } from "@uiw/react-codemirror";
import { json } from "@codemirror/lang-json";
import { StreamLanguage } from "@codemirror/language";
import { velocity } from "@codemirror/legacy-modes/mode/velocity";
import { yaml } from "@codemirror/legacy-modes/mode/yaml";
import { useMemo } from "react";
import { cn } from "./class-names";

export type CodeEditorLanguage = "json" | "vtl" | "yaml" | "text";

export type CodeEditorProps = {
  value: string;
  onChange?: (value: string) => void;
  language: CodeEditorLanguage;
  /** The accessible name of the editing surface. */
  ariaLabel: string;
  readOnly?: boolean;
  /** Minimum height, e.g. "10rem". */
  minHeight?: string;
  /** Extra CodeMirror extensions (decorations, linting) from the feature using the editor. */
  extensions?: Extension[];
  className?: string;
  id?: string;
};

const languages: Record<CodeEditorLanguage, () => Extension[]> = {
  json: () => [json()],
  vtl: () => [StreamLanguage.define(velocity)],
  yaml: () => [StreamLanguage.define(yaml)],
  text: () => [],
};

/** The editor itself; import CodeEditor from ./code-editor instead, which loads this lazily. */
export function CodeEditorView({ value, onChange, language, ariaLabel, readOnly = false, minHeight = "10rem", extensions = [], className, id }: CodeEditorProps) {
  const allExtensions = useMemo(
    () => [...languages[language](), EditorView.lineWrapping, EditorView.contentAttributes.of({ "aria-label": ariaLabel, ...(id ? { id } : {}) }), ...extensions],
    [language, ariaLabel, id, extensions],
  );
  return (
    <div className={cn("overflow-hidden rounded-md border border-border text-[13px] focus-within:ring-2 focus-within:ring-ring", className)}>
      <CodeMirror
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        editable={!readOnly}
        minHeight={minHeight}
        extensions={allExtensions}
        theme="none"
        basicSetup={{ lineNumbers: true, foldGutter: false, highlightActiveLine: !readOnly, autocompletion: false }}
      />
    </div>
  );
}
