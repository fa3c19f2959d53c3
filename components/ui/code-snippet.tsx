"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "./button";
import { cn } from "./class-names";

/** A command to copy and paste, with a copy button. */
export function CodeSnippet({ code, label, className }: { code: string; label: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(code);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className={cn("flex w-full items-start gap-2 rounded-md border border-border bg-surface py-1.5 pl-3 pr-1.5 text-left", className)}>
      <pre aria-label={label} className="min-w-0 flex-1 whitespace-pre-wrap wrap-break-word py-0.5 text-xs leading-5 text-foreground">
        <code>{code}</code>
      </pre>
      <Button variant="ghost" size="icon-sm" onClick={copy} aria-label={copied ? "Copied" : `Copy ${label}`}>
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
      </Button>
    </div>
  );
}
