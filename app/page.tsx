import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { lastEnvironmentCookie } from "@/components/shell/last-environment-cookie";

export default async function HomePage() {
  const lastEnvId = (await cookies()).get(lastEnvironmentCookie)?.value ?? "sandbox";
  redirect(`/env/${encodeURIComponent(lastEnvId)}/apis`);
}
