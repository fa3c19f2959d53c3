import { z } from "zod";
import { roles } from "./roles";

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

/** Length is what makes a password strong; the upper bound keeps hashing cheap to refuse. */
export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(12, "Use at least 12 characters.")
  .max(256, "Use at most 256 characters.");

export const userNameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(100, "Use at most 100 characters.");

export const roleSchema = z.enum(roles, { error: `Choose one of: ${roles.join(", ")}.` });

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024, "Use at most 1024 characters."),
});

export const createUserSchema = z.object({ email: emailSchema, name: userNameSchema, password: newPasswordSchema, role: roleSchema });

export const updateUserRoleSchema = z.object({ userId: z.string().min(1, "Choose a user."), role: roleSchema });

export const setupFirstAdminSchema = z.object({
  setupToken: z.string({ error: "Enter the setup token." }).trim().min(1, "Enter the setup token printed in the terminal."),
  email: emailSchema,
  name: userNameSchema,
  password: newPasswordSchema,
});
