"use server";

import { revalidatePath } from "next/cache";
import { updateUserRoleSchema } from "@/lib/auth/user-schemas";
import { updateUserRole } from "@/lib/auth/users";
import { defineAction } from "../action-client";

export const updateUserRoleAction = defineAction({
  name: "user.update-role",
  input: updateUserRoleSchema,
  access: "admin",
  audit: { target: (input) => input.userId },
  transaction: true,
  async handler({ userId, role }, ctx) {
    const user = await updateUserRole(ctx.db, userId, role);
    ctx.audit.target = user.email;
    ctx.audit.detail = `role ${role}`;
    revalidatePath("/admin/users");
    return user;
  },
});
