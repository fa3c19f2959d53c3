import { TriangleAlert } from "lucide-react";
import { CodeSnippet } from "@/components/ui/code-snippet";

/** The new key's value, shown this once: Archway never reads it again (GetApiKeys without includeValues). */
export function ApiKeyValueOnce({ name, value, attachError }: { name: string; value: string; attachError: string | null }) {
  return (
    <div className="flex flex-col gap-3">
      <p className="flex items-start gap-2 text-[13px]">
        <TriangleAlert className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
        <span>Copy the value of <strong>{name}</strong> now and give it to the client. Archway will not show it again.</span>
      </p>
      <CodeSnippet code={value} label="API key value" />
      <p className="text-xs text-muted-foreground">
        Clients send it in the <code className="font-mono">x-api-key</code> header.
      </p>
      {attachError ? (
        <p role="alert" className="text-[13px] text-danger">
          The key was created, but attaching it to the usage plan failed: {attachError} Attach it from the plan&apos;s API keys tab.
        </p>
      ) : null}
    </div>
  );
}
