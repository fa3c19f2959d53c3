import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSession, needsSetup } from "@/lib/auth/session";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeNextPath } from "@/components/auth/safe-next-path";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  if (await needsSetup()) redirect("/setup");
  const { next } = await searchParams;
  const nextPath = safeNextPath(typeof next === "string" ? next : null);
  if (await getSession()) redirect(nextPath ?? "/");
  return (
    <>
      <h1 className="text-[16px] font-semibold">Sign in</h1>
      <p className="mb-5 mt-1 text-[13px] text-muted-foreground">
        {nextPath ? "Your session ended. Sign in to continue where you were." : "Use the account your Archway admin created for you."}
      </p>
      <SignInForm next={nextPath} />
    </>
  );
}
