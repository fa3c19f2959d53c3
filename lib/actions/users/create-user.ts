"use server";

import { revalidatePath } from "next/cache";
import { createUserSchema } from "@/lib/auth/user-schemas";
import { createUser } from "@/lib/auth/users";
import { defineAction } from "../action-client";

export const createUserAction = defineAction({
  name: "user.create",
  input: createUserSchema,
  access: "admin",
  audit: { target: (input) => input.email },
  transaction: true,
  async handler(input, ctx) {
    const user = await createUser(ctx.db, input);
    ctx.audit.detail = `role ${user.role}`;
    revalidatePath("/admin/users");
    return user;
  },
});
