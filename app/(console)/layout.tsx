import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { listEnvironments } from "@/lib/environments/environments";
import { AppShell } from "@/components/shell/app-shell";
import { lastEnvironmentCookie } from "@/components/shell/last-environment-cookie";

// Beyond the session, the shell reads only the environment list: the switcher is on every page.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const environments = await listEnvironments();
  const lastEnvId = (await cookies()).get(lastEnvironmentCookie)?.value ?? "sandbox";
  return (
    <AppShell user={user} environments={environments} lastEnvId={lastEnvId}>
      {children}
    </AppShell>
  );
}
