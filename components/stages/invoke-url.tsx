"use client";

import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The stage's invoke URL with a copy button. */
export function InvokeUrl({ url, stageName }: { url: string; stageName: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <span className="flex min-w-0 items-center gap-1">
      <a href={url} target="_blank" rel="noreferrer" className="min-w-0 truncate font-mono text-xs text-accent hover:underline" title={url}>
        {url}
      </a>
      <Button variant="ghost" size="icon-sm" onClick={copy} aria-label={copied ? "Copied" : `Copy the invoke URL of ${stageName}`}>
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
      </Button>
    </span>
  );
}
