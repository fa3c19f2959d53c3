"use client";

import { useTransition } from "react";
import type { Role } from "@/lib/auth/roles";
import { updateUserRoleAction } from "@/lib/actions/users/update-user-role";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { roleOptions } from "./role-options";

export function UserRoleSelect({ user }: { user: { id: string; name: string; role: Role } }) {
  const [pending, startTransition] = useTransition();
  const change = (role: string) =>
    startTransition(async () => {
      const result = await updateUserRoleAction({ userId: user.id, role });
      if (!result.ok) {
        toast.error(`Could not change ${user.name}'s role`, { description: result.error.message });
        return;
      }
      toast.success(`${user.name} is now ${result.data.role}`);
    });
  return (
    <Select
      aria-label={`Role of ${user.name}`}
      value={user.role}
      onValueChange={change}
      options={roleOptions}
      disabled={pending}
      className="h-7 w-32"
    />
  );
}
