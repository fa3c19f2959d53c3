import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/auth/users";
import { AddUserDialog } from "@/components/users/add-user-dialog";
import { UsersTable } from "@/components/users/users-table";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser("admin");
  const users = await listUsers();
  return (
    <>
      <PageHeader
        title="Users"
        description={`${users.length} ${users.length === 1 ? "person" : "people"} can sign in. Roles: viewer < editor < deployer < admin.`}
        actions={<AddUserDialog />}
      />
      <UsersTable users={users} currentUserId={admin.id} />
    </>
  );
}
