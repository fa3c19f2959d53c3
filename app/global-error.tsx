"use client";

import "./globals.css";

// Replaces the root layout when it fails, so it brings its own document.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="en">
      <body className="min-h-screen bg-background font-sans text-foreground">
        <main className="mx-auto flex max-w-md flex-col gap-3 px-4 pt-[14vh]">
          <h1 className="text-lg font-semibold">Archway could not load</h1>
          <p className="text-[13px] text-muted-foreground">Something went wrong on the server. The error has been logged{digest ? ` (reference ${digest})` : ""}.</p>
          <button type="button" onClick={() => retry()} className="h-8 w-fit rounded-md bg-accent px-3 text-[13px] font-medium text-accent-foreground">
            Retry
          </button>
        </main>
      </body>
    </html>
  );
}
