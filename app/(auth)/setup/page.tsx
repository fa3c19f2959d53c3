import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { needsSetup } from "@/lib/auth/session";
import { SetupForm } from "@/components/auth/setup-form";

export const metadata: Metadata = { title: "Set up Archway" };

export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/sign-in");
  return (
    <>
      <h1 className="text-[16px] font-semibold">Create the first admin</h1>
      <p className="mb-5 mt-1 text-[13px] text-muted-foreground">
        Archway has no users yet. The admin you create here can invite everyone else and add AWS environments.
      </p>
      <SetupForm />
    </>
  );
}
