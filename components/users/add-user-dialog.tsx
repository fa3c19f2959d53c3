"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
import type { Role } from "@/lib/auth/roles";
import { createUserAction } from "@/lib/actions/users/create-user";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { roleOptions } from "./role-options";

const emptyForm = { name: "", email: "", password: "", role: "viewer" as Role };

export function AddUserDialog() {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const { submit, pending, fieldErrors, formError, clearFailure } = useActionSubmit(createUserAction, (user) => {
    toast.success(`Added ${user.name} as ${user.role}`, { description: `Share the password with ${user.email} privately.` });
    setForm(emptyForm);
    setOpen(false);
  });
  const set = (key: "name" | "email" | "password") => (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: event.target.value });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) clearFailure();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="primary">
          <UserPlus aria-hidden />
          Add user
        </Button>
      </DialogTrigger>
      <DialogContent title="Add user" description="They sign in with this email and password; share the password privately.">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit(form);
          }}
        >
          <DialogBody>
            <FormAlert message={formError} />
            <Field label="Name" errors={fieldErrors.name}>
              {(control) => <Input {...control} value={form.name} onChange={set("name")} autoComplete="off" autoFocus />}
            </Field>
            <Field label="Email" errors={fieldErrors.email}>
              {(control) => <Input {...control} type="email" value={form.email} onChange={set("email")} autoComplete="off" />}
            </Field>
            <Field label="Initial password" errors={fieldErrors.password} hint="At least 12 characters.">
              {(control) => <Input {...control} type="password" value={form.password} onChange={set("password")} autoComplete="new-password" />}
            </Field>
            <Field label="Role" errors={fieldErrors.role}>
              {(control) => <Select {...control} value={form.role} onValueChange={(role) => setForm({ ...form, role: role as Role })} options={roleOptions} />}
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={pending}>
              Add user
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
