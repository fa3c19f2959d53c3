import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { QueryProvider } from "@/components/shell/query-provider";
import { Toaster } from "@/components/ui/toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Archway", template: "%s · Archway" },
  description: "A console for Amazon API Gateway REST APIs, with a local sandbox.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111113" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page carries the per-request CSP nonce, so nothing may be prerendered at build time.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-background text-foreground">
        <QueryProvider>
          {children}
          <Toaster />
        </QueryProvider>
      </body>
    </html>
  );
}
